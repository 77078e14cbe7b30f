using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Workplans;

public enum ProgressOutcome
{
    Recorded,
    AlreadyRecorded,
    Invalid,
    Conflict,
    Forbidden,
    NotFound,
}

public enum FormAccess
{
    Allowed,
    Forbidden,
    NotFound,
}

/// <summary>What the form page needs to show before anything is posted.</summary>
public sealed record ProgressFormContext(
    int ActivityId, string Title, string GroupSlug, LocalizedText GroupName, ActivityStatus Status, int PercentComplete,
    bool IsArchived, Guid Version, int LastUpdateId, ProgressEntry? LatestUpdate);

/// <summary>
/// The result of a post. Errors are keyed by <see cref="ProgressForm"/> property ("" for the
/// form as a whole) and already in the user's language.
/// </summary>
public sealed record ProgressResult(
    ProgressOutcome Outcome, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<ProgressEntry> ConflictingUpdates,
    Guid CurrentVersion, int LastUpdateId)
{
    public static ProgressResult Of(ProgressOutcome outcome) => new(outcome, new Dictionary<string, string>(), [], Guid.Empty, 0);
}

/// <summary>
/// Records progress updates: the portal's most important write. Checks, in this order, that the
/// activity exists, that the caller may update its group (from the database), that this
/// submission was not already recorded, that the input is valid, and that nobody updated the
/// activity since the form was loaded.
/// </summary>
public sealed class ProgressUpdateService(
    IDbContextFactory<AllianceDbContext> dbFactory,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedStrings> localizer,
    ILogger<ProgressUpdateService> logger)
{
    // Domain field names → the form's inputs.
    private static readonly Dictionary<string, string> FormFields = new()
    {
        ["Status"] = nameof(ProgressForm.Status),
        ["Percent complete"] = nameof(ProgressForm.PercentComplete),
        ["Decrease explained"] = nameof(ProgressForm.DecreaseExplained),
        ["Narrative"] = nameof(ProgressForm.Narrative),
        ["Evidence link"] = nameof(ProgressForm.EvidenceUrl),
    };

    public async Task<(FormAccess Access, ProgressFormContext? Context)> GetFormAsync(int activityId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.Include(a => a.Workplan).ThenInclude(w => w.WorkingGroup)
            .SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null)
        {
            return (FormAccess.NotFound, null);
        }
        var user = await currentUser.LoadAsync(db, cancellationToken);
        if (user?.CanUpdateProgressOf(activity.Workplan.WorkingGroupId) != true)
        {
            return (FormAccess.Forbidden, null);
        }
        var latest = await LatestUpdatesAsync(db, activityId, afterId: 0, take: 1, cancellationToken);
        var group = activity.Workplan.WorkingGroup;
        return (FormAccess.Allowed, new ProgressFormContext(activity.Id, activity.Title, group.Slug, group.Name,
            activity.Status, activity.PercentComplete, activity.IsArchived, db.VersionOf(activity),
            latest.FirstOrDefault()?.Id ?? 0, latest.FirstOrDefault()));
    }

    public async Task<ProgressResult> RecordAsync(int activityId, ProgressForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.Include(a => a.Workplan).SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null)
        {
            return ProgressResult.Of(ProgressOutcome.NotFound);
        }
        var user = await currentUser.LoadAsync(db, cancellationToken);
        if (user?.CanUpdateProgressOf(activity.Workplan.WorkingGroupId) != true)
        {
            logger.LogWarning("Refused a progress update on activity {ActivityId} by user {UserId}", activityId, user?.Id);
            return ProgressResult.Of(ProgressOutcome.Forbidden);
        }
        if (form.SubmissionId != Guid.Empty && await db.ProgressUpdates.AnyAsync(u => u.SubmissionId == form.SubmissionId, cancellationToken))
        {
            return ProgressResult.Of(ProgressOutcome.AlreadyRecorded);
        }

        var (report, errors) = Parse(form);
        if (report is not null)
        {
            foreach (var problem in activity.ProblemsWith(report))
            {
                errors.TryAdd(FormFields.GetValueOrDefault(problem.Field ?? "", ""), localizer.DomainError(problem));
            }
        }
        if (errors.Count > 0 || report is null)
        {
            return new ProgressResult(ProgressOutcome.Invalid, errors, [], form.Version, form.LastSeenUpdateId);
        }

        var currentVersion = db.VersionOf(activity);
        if (currentVersion != form.Version)
        {
            return await ConflictAsync(db, activityId, form, currentVersion, cancellationToken);
        }

        activity.RecordProgress(report, user.Id, user.DisplayName, clock.GetUtcNow().UtcDateTime);
        db.Entry(activity).ExpectVersion(form.Version);
        db.Entry(activity).TouchVersion();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var version = await fresh.Activities.Where(a => a.Id == activityId)
                .Select(a => EF.Property<Guid>(a, VersionColumn.PropertyName)).SingleAsync(cancellationToken);
            return await ConflictAsync(fresh, activityId, form, version, cancellationToken);
        }
        catch (DbUpdateException) when (SubmissionExists(form.SubmissionId))
        {
            // The same submission, posted twice at the same moment: the other post recorded it.
            return ProgressResult.Of(ProgressOutcome.AlreadyRecorded);
        }
        logger.LogInformation("Progress on activity {ActivityId} recorded by {UserId}: {Status} {Percent}%",
            activityId, user.Id, report.Status, report.PercentComplete);
        return ProgressResult.Of(ProgressOutcome.Recorded);
    }

    private (ProgressReport? Report, Dictionary<string, string> Errors) Parse(ProgressForm form)
    {
        var errors = new Dictionary<string, string>();
        ActivityStatus? status = Enum.TryParse<ActivityStatus>(form.Status, ignoreCase: false, out var parsedStatus) && Enum.IsDefined(parsedStatus)
            ? parsedStatus : null;
        if (status is null)
        {
            errors[nameof(ProgressForm.Status)] = localizer["ChooseStatus"];
        }
        int? percent = int.TryParse(form.PercentComplete?.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsedPercent)
            ? parsedPercent : null;
        if (percent is null)
        {
            errors[nameof(ProgressForm.PercentComplete)] = localizer["PercentWholeNumber"];
        }
        if (status is null || percent is null)
        {
            // Still check the texts, so that every message shows at once.
            var probe = new ProgressReport(ActivityStatus.OnTrack, 0, form.Narrative ?? "", form.EvidenceUrl);
            foreach (var problem in Activity.CheckTexts(probe))
            {
                errors.TryAdd(FormFields[problem.Field!], localizer.DomainError(problem));
            }
            return (null, errors);
        }
        return (new ProgressReport(status.Value, percent.Value, form.Narrative ?? "", form.EvidenceUrl, form.DecreaseExplained, form.SubmissionId), errors);
    }

    private async Task<ProgressResult> ConflictAsync(AllianceDbContext db, int activityId, ProgressForm form, Guid currentVersion, CancellationToken cancellationToken)
    {
        var newer = await LatestUpdatesAsync(db, activityId, form.LastSeenUpdateId, take: 20, cancellationToken);
        logger.LogInformation("Progress update on activity {ActivityId} refused: the activity changed since the form was loaded", activityId);
        return new ProgressResult(ProgressOutcome.Conflict, new Dictionary<string, string> { [""] = localizer["ProgressConflict"] }, newer,
            currentVersion, newer.Count > 0 ? newer.Max(u => u.Id) : form.LastSeenUpdateId);
    }

    private static async Task<List<ProgressEntry>> LatestUpdatesAsync(AllianceDbContext db, int activityId, int afterId, int take, CancellationToken cancellationToken) =>
        await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.ActivityId == activityId && u.Id > afterId)
            .OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id)
            .Take(take)
            .Select(u => new ProgressEntry(u.Id, u.RecordedAt, u.AuthorName, u.Status, u.PercentComplete, u.PreviousPercentComplete, u.Narrative, u.EvidenceUrl))
            .ToListAsync(cancellationToken);

    private bool SubmissionExists(Guid submissionId)
    {
        using var db = dbFactory.CreateDbContext();
        return db.ProgressUpdates.Any(u => u.SubmissionId == submissionId);
    }
}
