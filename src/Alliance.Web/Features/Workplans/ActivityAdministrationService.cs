using System.Globalization;
using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Workplans;

public enum ActivityOutcome
{
    Saved,
    Invalid,
    Conflict,
    Forbidden,
    NotFound,
}

public sealed record CategoryOption(string Code, LocalizedText Name);

/// <summary>An activity as the manage page lists it, archived or not, with the version a form must carry back.</summary>
public sealed record ManagedActivity(
    int Id, string Title, string? Description, string? Deliverable, string ObjectiveCode, LocalizedText ObjectiveTitle,
    string CategoryCode, LocalizedText Category, DateOnly StartDate, DateOnly DueDate, ActivityStatus Status, int PercentComplete,
    bool IsArchived, Guid Version);

public sealed record ManagedWorkplan(
    string Slug, LocalizedText GroupName, IReadOnlyList<ObjectiveOption> Objectives, IReadOnlyList<CategoryOption> Categories,
    IReadOnlyList<ManagedActivity> Activities);

/// <summary>
/// The result of a change. Errors are keyed by <see cref="ActivityForm"/> property ("" for the
/// change as a whole) and already in the user's language. On a conflict, <see cref="Current"/>
/// is the activity as someone else left it.
/// </summary>
public sealed record ActivityResult(ActivityOutcome Outcome, IReadOnlyDictionary<string, string> Errors, int? ActivityId, ManagedActivity? Current)
{
    public bool Succeeded => Outcome == ActivityOutcome.Saved;
}

/// <summary>
/// Adds, edits, archives and restores the activities of a group's workplan: the secretariat's and
/// administrators' work. Every call reads the caller's roles from the database; every change of an
/// existing activity carries the version its form was loaded with, so that nobody overwrites
/// another's change without seeing it.
/// </summary>
public sealed class ActivityAdministrationService(
    IDbContextFactory<AllianceDbContext> dbFactory,
    CurrentUser currentUser,
    IStringLocalizer<WorkplanAdminStrings> text,
    IStringLocalizer<SharedStrings> shared,
    ILogger<ActivityAdministrationService> logger)
{
    private const int Attempts = 3;

    // Domain field names → the form's inputs; rules that name no field but concern one input.
    private static readonly Dictionary<string, string> FormFields = new()
    {
        ["Title"] = nameof(ActivityForm.Title),
        ["Description"] = nameof(ActivityForm.Description),
        ["Deliverable"] = nameof(ActivityForm.Deliverable),
        ["Start date"] = nameof(ActivityForm.StartDate),
        ["Due date"] = nameof(ActivityForm.DueDate),
    };

    private static readonly Dictionary<string, string> RuleFields = new()
    {
        ["DuplicateActivityTitle"] = nameof(ActivityForm.Title),
        ["ObjectiveNotInPlan"] = nameof(ActivityForm.ObjectiveCode),
    };

    /// <summary>The group's activities in the current plan's workplan, archived ones included, and the choices for the form.</summary>
    public async Task<(FormAccess Access, ManagedWorkplan? Workplan)> GetWorkplanAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, "open the workplan of", slug, cancellationToken) is not null)
        {
            return (FormAccess.Forbidden, null);
        }
        var group = await db.WorkingGroups.AsNoTracking().Where(g => g.Slug == slug.ToLowerInvariant())
            .Select(g => new { g.Id, g.Slug, g.NameEn, g.NameFr }).SingleOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return (FormAccess.NotFound, null);
        }
        var planId = await db.StrategicPlans.Current().Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        var objectives = await db.Objectives.AsNoTracking().Where(o => o.StrategicPlanId == planId).OrderBy(o => o.SortOrder)
            .Select(o => new ObjectiveOption(o.Code, new LocalizedText(o.TitleEn, o.TitleFr)))
            .ToListAsync(cancellationToken);
        var categories = await db.CategoriesOfWork.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new CategoryOption(c.Code, new LocalizedText(c.NameEn, c.NameFr)))
            .ToListAsync(cancellationToken);
        var activities = await Project(db.Activities.Where(a => a.Workplan.WorkingGroupId == group.Id && a.Workplan.StrategicPlanId == planId))
            .ToListAsync(cancellationToken);
        var ordered = activities.OrderBy(a => a.IsArchived).ThenBy(a => objectives.FindIndex(o => o.Code == a.ObjectiveCode))
            .ThenBy(a => a.DueDate).ThenBy(a => a.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        return (FormAccess.Allowed, new ManagedWorkplan(group.Slug, new LocalizedText(group.NameEn, group.NameFr), objectives, categories, ordered));
    }

    public Task<ActivityResult> AddAsync(string slug, ActivityForm form, CancellationToken cancellationToken = default) =>
        WithRetryAsync(async db =>
        {
            if (await RefusedAsync(db, "add an activity to", slug, cancellationToken) is { } refused)
            {
                return refused;
            }
            var group = await db.WorkingGroups.SingleOrDefaultAsync(g => g.Slug == slug.ToLowerInvariant(), cancellationToken);
            if (group is null)
            {
                return Failed(ActivityOutcome.NotFound, shared["GroupNotFound"]);
            }
            var plan = await db.StrategicPlans.Current().SingleOrDefaultAsync(cancellationToken);
            if (plan is null)
            {
                return Failed(ActivityOutcome.Invalid, shared["NoPlan"]);
            }
            var (details, errors) = await ParseAsync(db, form, plan.Id, cancellationToken);
            if (details is null)
            {
                return Invalid(errors);
            }
            var workplan = await db.Workplans.Include(w => w.Activities)
                .SingleOrDefaultAsync(w => w.WorkingGroupId == group.Id && w.StrategicPlanId == plan.Id, cancellationToken);
            if (workplan is null)
            {
                workplan = new Workplan(group, plan);
                db.Workplans.Add(workplan);
            }
            else
            {
                // Two people adding the same title at once: the second save fails on the workplan's version and is checked again.
                db.Entry(workplan).TouchVersion();
            }
            Activity? activity = null;
            if (!Apply(() => activity = workplan.AddActivity(details), errors))
            {
                return Invalid(errors);
            }
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Activity {ActivityId} added to the workplan of {Slug}", activity!.Id, slug);
            return new ActivityResult(ActivityOutcome.Saved, new Dictionary<string, string>(), activity.Id, null);
        }, cancellationToken);

    public Task<ActivityResult> EditAsync(int activityId, ActivityForm form, CancellationToken cancellationToken = default) =>
        WithRetryAsync(async db =>
        {
            if (await RefusedAsync(db, "edit activity", activityId, cancellationToken) is { } refused)
            {
                return refused;
            }
            var activity = await LoadWithWorkplanAsync(db, activityId, cancellationToken);
            if (activity is null)
            {
                return Failed(ActivityOutcome.NotFound, text["ActivityGone"]);
            }
            var (details, errors) = await ParseAsync(db, form, activity.Workplan.StrategicPlanId, cancellationToken);
            if (details is null || errors.Count > 0)
            {
                // Wrong whatever the activity's state: every message at once, the domain's included.
                if (details is not null)
                {
                    Apply(() => activity.Edit(details), errors);
                }
                return Invalid(errors);
            }
            // Someone else's change comes before the rules, which are checked against what is stored now.
            if (db.VersionOf(activity) != form.Version)
            {
                return await ConflictAsync(activityId, cancellationToken);
            }
            if (!Apply(() => activity.Edit(details), errors))
            {
                return Invalid(errors);
            }
            return await SaveAsync(db, activity, form.Version, touchWorkplan: true, "edited", cancellationToken);
        }, cancellationToken);

    public Task<ActivityResult> ArchiveAsync(int activityId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeArchivedAsync(activityId, version, archive: true, cancellationToken);

    public Task<ActivityResult> RestoreAsync(int activityId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeArchivedAsync(activityId, version, archive: false, cancellationToken);

    private Task<ActivityResult> ChangeArchivedAsync(int activityId, Guid version, bool archive, CancellationToken cancellationToken) =>
        WithRetryAsync(async db =>
        {
            if (await RefusedAsync(db, archive ? "archive activity" : "restore activity", activityId, cancellationToken) is { } refused)
            {
                return refused;
            }
            var activity = await LoadWithWorkplanAsync(db, activityId, cancellationToken);
            if (activity is null)
            {
                return Failed(ActivityOutcome.NotFound, text["ActivityGone"]);
            }
            if (db.VersionOf(activity) != version)
            {
                return await ConflictAsync(activityId, cancellationToken);
            }
            try
            {
                if (archive)
                {
                    activity.Archive();
                }
                else
                {
                    activity.Restore();
                }
            }
            catch (DomainException problem)
            {
                // Not in a form: the message goes above the list.
                return Failed(ActivityOutcome.Invalid, shared.DomainError(problem));
            }
            // Restoring brings a title back among the live ones, so it takes part in the duplicate-title check.
            return await SaveAsync(db, activity, version, touchWorkplan: !archive, archive ? "archived" : "restored", cancellationToken);
        }, cancellationToken);

    private async Task<ActivityResult> SaveAsync(AllianceDbContext db, Activity activity, Guid version, bool touchWorkplan, string change, CancellationToken cancellationToken)
    {
        db.Entry(activity).ExpectVersion(version);
        if (touchWorkplan)
        {
            db.Entry(activity.Workplan).TouchVersion();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict) when (conflict.Entries.Any(e => e.Entity is Activity))
        {
            // Someone saved this activity between our read and our write.
            return await ConflictAsync(activity.Id, cancellationToken);
        }
        logger.LogInformation("Activity {ActivityId} {Change}", activity.Id, change);
        return new ActivityResult(ActivityOutcome.Saved, new Dictionary<string, string>(), activity.Id, null);
    }

    /// <summary>
    /// Runs a change on a fresh context, and again (on fresh data) when another activity of the same
    /// workplan was saved meanwhile, so that the duplicate-title rule is checked against what is stored.
    /// </summary>
    private async Task<ActivityResult> WithRetryAsync(Func<AllianceDbContext, Task<ActivityResult>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            try
            {
                return await change(db);
            }
            catch (DbUpdateConcurrencyException conflict) when (attempt < Attempts && conflict.Entries.All(e => e.Entity is Workplan))
            {
                logger.LogInformation("Workplan changed during an activity change; checking again (attempt {Attempt})", attempt);
            }
            catch (DbUpdateException failure) when (attempt < Attempts && failure.Entries.Any(e => e.Entity is Workplan && e.State == EntityState.Added))
            {
                logger.LogInformation("Workplan created by someone else during an activity change; checking again (attempt {Attempt})", attempt);
            }
            catch (DbUpdateException) when (attempt == Attempts)
            {
                // The workplan kept changing under us: say so rather than fail the page.
                logger.LogWarning("Activity change given up after {Attempts} attempts: the workplan kept changing", Attempts);
                return Failed(ActivityOutcome.Conflict, text["WorkplanBusy"]);
            }
        }
    }

    private async Task<(ActivityDetails? Details, Dictionary<string, string> Errors)> ParseAsync(
        AllianceDbContext db, ActivityForm form, int planId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        // Checked here as well as in the domain, so that an empty form gets every message at once.
        if (string.IsNullOrWhiteSpace(form.Title))
        {
            errors[nameof(ActivityForm.Title)] = shared["DomainError_Required", shared[LocalizerExtensions.FieldKey("Title")]];
        }
        var objectiveCode = form.ObjectiveCode?.Trim().ToUpperInvariant();
        var objective = string.IsNullOrEmpty(objectiveCode) ? null
            : await db.Objectives.SingleOrDefaultAsync(o => o.StrategicPlanId == planId && o.Code == objectiveCode, cancellationToken);
        if (objective is null)
        {
            errors[nameof(ActivityForm.ObjectiveCode)] = text["ChooseObjective"];
        }
        var categoryCode = form.CategoryCode?.Trim();
        var category = string.IsNullOrEmpty(categoryCode) ? null
            : await db.CategoriesOfWork.SingleOrDefaultAsync(c => c.Code == categoryCode.Trim().ToLowerInvariant(), cancellationToken);
        if (category is null)
        {
            errors[nameof(ActivityForm.CategoryCode)] = text["ChooseCategory"];
        }
        var start = FormDates.Parse(form.StartDate, nameof(ActivityForm.StartDate), errors, shared);
        var due = FormDates.Parse(form.DueDate, nameof(ActivityForm.DueDate), errors, shared);
        if (objective is null || category is null || start is null || due is null)
        {
            return (null, errors);
        }
        return (new ActivityDetails(form.Title ?? "", form.Description, objective, category, start.Value, due.Value, form.Deliverable), errors);
    }

    /// <summary>
    /// Runs a domain change and adds the rule it breaks, if any, to the form's messages. The only
    /// message a parsed form can already have is the empty title, which the domain refuses too, and a
    /// refused change leaves everything as it was.
    /// </summary>
    private bool Apply(Action change, Dictionary<string, string> errors) =>
        errors.TryApply(change, problem => problem.Field is { } name && FormFields.TryGetValue(name, out var input)
            ? input : RuleFields.GetValueOrDefault(problem.Code, ""), shared);

    private async Task<ActivityResult?> RefusedAsync(AllianceDbContext db, string action, object target, CancellationToken cancellationToken)
    {
        var user = await currentUser.LoadAsync(db, cancellationToken);
        if (user?.CanManageWorkplans == true)
        {
            return null;
        }
        logger.LogWarning("Refused to {Action} {Target} for user {UserId}", action, target, user?.Id);
        return Failed(ActivityOutcome.Forbidden, text["ManageForbidden"]);
    }

    private async Task<ActivityResult> ConflictAsync(int activityId, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await Project(fresh.Activities.Where(a => a.Id == activityId)).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return Failed(ActivityOutcome.NotFound, text["ActivityGone"]);
        }
        logger.LogInformation("Change to activity {ActivityId} refused: it changed since the form was loaded", activityId);
        return new ActivityResult(ActivityOutcome.Conflict, new Dictionary<string, string> { [""] = text["ActivityConflict", current.Title] }, activityId, current);
    }

    private static Task<Activity?> LoadWithWorkplanAsync(AllianceDbContext db, int activityId, CancellationToken cancellationToken) =>
        // The workplan's other activities are needed for the duplicate-title rule.
        db.Activities.Include(a => a.Workplan).ThenInclude(w => w.Activities)
            .SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);

    private static IQueryable<ManagedActivity> Project(IQueryable<Activity> activities) =>
        activities.AsNoTracking().Select(a => new ManagedActivity(
            a.Id, a.Title, a.Description, a.Deliverable, a.Objective.Code, new LocalizedText(a.Objective.TitleEn, a.Objective.TitleFr),
            a.Category.Code, new LocalizedText(a.Category.NameEn, a.Category.NameFr), a.StartDate, a.DueDate, a.Status, a.PercentComplete,
            a.IsArchived, EF.Property<Guid>(a, VersionColumn.PropertyName)));

    private static ActivityResult Invalid(Dictionary<string, string> errors) => new(ActivityOutcome.Invalid, errors, null, null);

    private static ActivityResult Failed(ActivityOutcome outcome, string message) =>
        new(outcome, new Dictionary<string, string> { [""] = message }, null, null);
}
