using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Plans;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Result = Alliance.Web.Features.Shared.ChangeResult<Alliance.Web.Features.Workplans.ManagedActivity>;

namespace Alliance.Web.Features.Workplans;

/// <summary>An activity as the manage page lists it, archived or not, with the version a form must carry back.</summary>
public sealed record ManagedActivity(
    int Id, string Title, string? Description, string? Deliverable, ElementName Objective,
    string CategoryCode, LocalizedText Category, DateOnly StartDate, DateOnly DueDate, ActivityStatus Status, int PercentComplete,
    bool IsArchived, Guid Version, ValueList<string> ContributesTo);

public sealed record ManagedWorkplan(
    string Slug, LocalizedText GroupName, IReadOnlyList<ElementName> Objectives, IReadOnlyList<CategoryOption> Categories,
    IReadOnlyList<ManagedActivity> Activities)
{
    /// <summary>The plan's cross-cutting elements, which an activity may serve besides its main one.</summary>
    public IReadOnlyList<ElementName> CrossCutting { get; init; } = [];
}

/// <summary>
/// Adds, edits, archives and restores the activities of a group's workplan: the secretariat's and
/// administrators' work, through the portal's one write path. A change that another activity of
/// the same workplan beat to the save (the duplicate-title rule spans the workplan) is judged again
/// on fresh data. A saved change's result is the activity as it now stands.
/// </summary>
public sealed class ActivityAdministrationService(ChangeWriter changes, IStringLocalizer<WorkplanAdminStrings> text)
{
    private Permission Staff => new(user => user.CanManageWorkplans, text["ManageForbidden"]);

    /// <summary>The group's activities in the current plan's workplan, archived ones included, and the choices for the form.</summary>
    public Task<(FormAccess Access, ManagedWorkplan? Workplan)> GetWorkplanAsync(string slug, CancellationToken cancellationToken = default) =>
        changes.ReadForAsync(Staff, async db =>
        {
            var group = await db.WorkingGroups.AsNoTracking().Where(g => g.Slug == slug.ToLowerInvariant())
                .Select(g => new { g.Id, g.Slug, g.NameEn, g.NameFr }).SingleOrDefaultAsync(cancellationToken);
            if (group is null)
            {
                return null;
            }
            var planId = await db.StrategicPlans.Current().Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
            var elements = await db.Objectives.AsNoTracking().Where(o => o.StrategicPlanId == planId).OrderBy(o => o.SortOrder)
                .Select(o => new { o.Kind.IsCrossCutting, Name = ElementName.Of(o.Code, o.TitleEn, o.TitleFr, o.Kind.LabelledByCode, o.Kind.NameEn, o.Kind.NameFr) })
                .ToListAsync(cancellationToken);
            var objectives = elements.Select(e => e.Name).ToList();
            var categories = await db.CategoriesOfWork.AsNoTracking().Where(c => c.StrategicPlanId == planId).OrderBy(c => c.SortOrder)
                .Select(c => new CategoryOption(c.Code, new LocalizedText(c.NameEn, c.NameFr))).ToListAsync(cancellationToken);
            var activities = await Project(db.Activities.Where(a => a.Workplan.WorkingGroupId == group.Id && a.Workplan.StrategicPlanId == planId))
                .ToListAsync(cancellationToken);
            var ordered = activities.OrderBy(a => a.IsArchived).ThenBy(a => objectives.FindIndex(o => o.Code == a.Objective.Code))
                .ThenBy(a => a.DueDate).ThenBy(a => a.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
            return new ManagedWorkplan(group.Slug, new LocalizedText(group.NameEn, group.NameFr), objectives, categories, ordered)
            {
                CrossCutting = [.. elements.Where(e => e.IsCrossCutting).Select(e => e.Name)],
            };
        }, cancellationToken);

    public Task<Result> AddAsync(string slug, ActivityForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.AddActivity.Of(slug), Staff, async change =>
        {
            var group = await change.Db.WorkingGroups.SingleOrDefaultAsync(g => g.Slug == slug.ToLowerInvariant(), cancellationToken);
            if (group is null)
            {
                return Result.NotFound(change.Errors.Shared("GroupNotFound"));
            }
            var plan = await change.Db.StrategicPlans.Current().SingleOrDefaultAsync(cancellationToken);
            if (plan is null)
            {
                return Result.Invalid(change.Errors.Shared("NoPlan"));
            }
            var details = await ReadAsync(change, form, plan.Id);
            if (details is null)
            {
                return Result.Invalid(change.Errors);
            }
            var workplan = await change.Db.Workplans.Include(w => w.Activities)
                .SingleOrDefaultAsync(w => w.WorkingGroupId == group.Id && w.StrategicPlanId == plan.Id, cancellationToken);
            if (workplan is null)
            {
                workplan = new Workplan(group, plan);
                change.Db.Workplans.Add(workplan);
            }
            Activity? activity = null;
            if (!change.Errors.TryApply(() => activity = workplan.AddActivity(details), form))
            {
                return Result.Invalid(change.Errors);
            }
            // Two people adding the same title at once: the second save fails on the workplan's version and is checked again.
            await change.SaveAsync(versioned: null, loadedVersion: null, workplan);
            return await SavedAsync(activity!.Id, cancellationToken);
        }, cancellationToken, WorkplanChanged);

    public Task<Result> EditAsync(int activityId, ActivityForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.EditActivity.Of(activityId), Staff, async change =>
        {
            var activity = await LoadWithWorkplanAsync(change.Db, activityId, cancellationToken);
            if (activity is null)
            {
                return Result.NotFound(text["ActivityGone"]);
            }
            var details = await ReadAsync(change, form, activity.Workplan.StrategicPlanId);
            if (details is null || !change.Errors.IsEmpty)
            {
                // Wrong whatever the activity's state: every message at once, the domain's included.
                if (details is not null)
                {
                    change.Errors.TryApply(() => activity.Edit(details), form);
                }
                return Result.Invalid(change.Errors);
            }
            // Someone else's change comes before the rules, which are checked against what is stored now.
            if (change.IsStale(activity, form.Version))
            {
                return await ConflictAsync(activityId, cancellationToken);
            }
            if (!change.Errors.TryApply(() => activity.Edit(details), form))
            {
                return Result.Invalid(change.Errors);
            }
            return await SaveAsync(change, activity, form.Version, touchWorkplan: true);
        }, cancellationToken, WorkplanChanged);

    public Task<Result> ArchiveAsync(int activityId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeArchivedAsync(activityId, version, archive: true, cancellationToken);

    public Task<Result> RestoreAsync(int activityId, Guid version, CancellationToken cancellationToken = default) =>
        ChangeArchivedAsync(activityId, version, archive: false, cancellationToken);

    private Task<Result> ChangeArchivedAsync(int activityId, Guid version, bool archive, CancellationToken cancellationToken) =>
        changes.RunAsync((archive ? AuditActions.ArchiveActivity : AuditActions.RestoreActivity).Of(activityId), Staff, async change =>
        {
            var activity = await LoadWithWorkplanAsync(change.Db, activityId, cancellationToken);
            if (activity is null)
            {
                return Result.NotFound(text["ActivityGone"]);
            }
            if (change.IsStale(activity, version))
            {
                return await ConflictAsync(activityId, cancellationToken);
            }
            // Not in a form: a broken rule is a message above the list.
            if (!change.Errors.TryApply(archive ? activity.Archive : activity.Restore, IChangeForm.None))
            {
                return Result.Invalid(change.Errors);
            }
            // Restoring brings a title back among the live ones, so it takes part in the duplicate-title check.
            return await SaveAsync(change, activity, version, touchWorkplan: !archive);
        }, cancellationToken, WorkplanChanged);

    private async Task<Result> SaveAsync(Change change, Activity activity, Guid version, bool touchWorkplan) =>
        await change.SaveAsync(activity, version, touchWorkplan ? [activity.Workplan] : [])
            ? await SavedAsync(activity.Id, change.Cancellation)
            : await ConflictAsync(activity.Id, change.Cancellation);

    /// <summary>
    /// Another activity of the same workplan was saved meanwhile (its version moved), or someone
    /// created the workplan first: the change is checked again on fresh data.
    /// </summary>
    private Retry<ManagedActivity> WorkplanChanged => new(
        failure => failure is DbUpdateConcurrencyException
            ? failure.Entries.All(e => e.Entity is Workplan)
            : failure.Entries.Any(e => e.Entity is Workplan && e.State == EntityState.Added),
        () => Result.Conflict(text["WorkplanBusy"]));

    /// <summary>The form's choices looked up in the plan and its dates read; null (with every message) when any is missing.</summary>
    private async Task<ActivityDetails?> ReadAsync(Change change, ActivityForm form, int planId)
    {
        var (objectiveCode, categoryCode) = form.Codes;
        var objective = await change.Db.Objectives.SingleOrDefaultAsync(o => o.StrategicPlanId == planId && o.Code == objectiveCode, change.Cancellation);
        if (objective is null)
        {
            change.Errors.Add(nameof(ActivityForm.ObjectiveCode), text["ChooseObjective"]);
        }
        var category = await change.Db.CategoriesOfWork.SingleOrDefaultAsync(c => c.StrategicPlanId == planId && c.Code == categoryCode, change.Cancellation);
        if (category is null)
        {
            change.Errors.Add(nameof(ActivityForm.CategoryCode), text["ChooseCategory"]);
        }
        var codes = form.ContributionCodes;
        var contributions = codes.Count == 0 ? [] : await change.Db.Objectives.Include(o => o.Kind)
            .Where(o => o.StrategicPlanId == planId && codes.Contains(o.Code)).ToListAsync(change.Cancellation);
        if (contributions.Count != codes.Count)
        {
            change.Errors.Add(nameof(ActivityForm.ContributesTo), text["ChooseContributions"]);
        }
        var (start, due) = form.ReadDates(change.Errors);
        return objective is null || category is null || start is null || due is null || contributions.Count != codes.Count
            ? null
            : new ActivityDetails(form.Title ?? "", form.Description, objective, category, start.Value, due.Value, form.Deliverable, contributions);
    }

    private async Task<Result> SavedAsync(int activityId, CancellationToken cancellationToken) =>
        Result.Saved(await changes.ReadAsync(db => Project(db.Activities.Where(a => a.Id == activityId)).SingleOrDefaultAsync(cancellationToken), cancellationToken));

    private async Task<Result> ConflictAsync(int activityId, CancellationToken cancellationToken)
    {
        var current = await changes.ReadAsync(db => Project(db.Activities.Where(a => a.Id == activityId)).SingleOrDefaultAsync(cancellationToken), cancellationToken);
        return current is null ? Result.NotFound(text["ActivityGone"]) : Result.Conflict(text["ActivityConflict", current.Title], current);
    }

    private static Task<Activity?> LoadWithWorkplanAsync(AllianceDbContext db, int activityId, CancellationToken cancellationToken) =>
        // The workplan's other activities are needed for the duplicate-title rule.
        db.Activities.Include(a => a.Workplan).ThenInclude(w => w.Activities).Include(a => a.Contributions)
            .SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);

    private static IQueryable<ManagedActivity> Project(IQueryable<Activity> activities) =>
        activities.AsNoTracking().Select(a => new ManagedActivity(
            a.Id, a.Title, a.Description, a.Deliverable,
            ElementName.Of(a.Objective.Code, a.Objective.TitleEn, a.Objective.TitleFr, a.Objective.Kind.LabelledByCode, a.Objective.Kind.NameEn, a.Objective.Kind.NameFr),
            a.Category.Code, new LocalizedText(a.Category.NameEn, a.Category.NameFr), a.StartDate, a.DueDate, a.Status, a.PercentComplete,
            a.IsArchived, EF.Property<Guid>(a, VersionColumn.PropertyName), new ValueList<string>(a.Contributions.OrderBy(c => c.Objective.SortOrder).Select(c => c.Objective.Code).ToList())));
}
