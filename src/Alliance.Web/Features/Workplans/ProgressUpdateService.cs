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
    bool IsArchived, int LastUpdateId, ProgressEntry? LatestUpdate);

/// <summary>
/// The result of a post. Errors are keyed by <see cref="ProgressForm"/> property ("" for the
/// form as a whole) and already in the user's language.
/// </summary>
public sealed record ProgressResult(
    ProgressOutcome Outcome, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<ProgressEntry> ConflictingUpdates, int LastUpdateId)
{
    public static ProgressResult Of(ProgressOutcome outcome) => new(outcome, new Dictionary<string, string>(), [], 0);
}

/// <summary>
/// Records progress updates: the portal's most important write. Checks, in this order, that the
/// activity exists, that the caller may update its group (from the database), that this
/// submission was not already recorded, that nobody recorded progress since the form was
/// loaded, and that the input is valid; the save itself is version-checked against races.
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
            activity.Status, activity.PercentComplete, activity.IsArchived, latest.FirstOrDefault()?.Id ?? 0, latest.FirstOrDefault()));
    }

    public async Task<ProgressResult> RecordAsync(int activityId, ProgressForm form, CancellationToken cancellationToken = default)
    {
        // A save that lost a race is tried once more from the start, so that it is judged on what
        // the winner committed (its own earlier post, or someone else's update to show). The
        // second attempt also outlasts a write lock held a moment by the winner (SQLite).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRecordAsync(activityId, form, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
            catch (DbUpdateException)
            {
                return Conflict(activityId, form, []);
            }
        }
    }

    private async Task<ProgressResult> TryRecordAsync(int activityId, ProgressForm form, CancellationToken cancellationToken)
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
        // Someone else's progress since the form was loaded comes first: the lead must see it
        // before anything is judged against it (a "decrease" may only be relative to their update).
        // A structure edit by the secretariat (title, dates) is not a conflict for the lead.
        var newer = await LatestUpdatesAsync(db, activityId, form.LastSeenUpdateId, take: 20, cancellationToken);
        if (newer.Count > 0)
        {
            // The newer update may be this very submission, saved by a twin post a moment ago.
            return await db.ProgressUpdates.AnyAsync(u => u.SubmissionId == form.SubmissionId, cancellationToken)
                ? ProgressResult.Of(ProgressOutcome.AlreadyRecorded)
                : Conflict(activityId, form, newer);
        }
        if (report is not null)
        {
            foreach (var problem in activity.ProblemsWith(report))
            {
                errors.TryAdd(FormFields.GetValueOrDefault(problem.Field ?? "", ""), localizer.DomainError(problem));
            }
        }
        if (errors.Count > 0 || report is null)
        {
            return new ProgressResult(ProgressOutcome.Invalid, errors, [], form.LastSeenUpdateId);
        }

        activity.RecordProgress(report, user.Id, user.DisplayName, clock.GetUtcNow().UtcDateTime);
        // The version read above must still be the row's when we write: a save in between
        // (perhaps this very submission, posted twice at once) fails, and RecordAsync tries again.
        db.Entry(activity).TouchVersion();
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Progress on activity {ActivityId} recorded by {UserId}: {Status} {Percent}%",
            activityId, user.Id, report.Status, report.PercentComplete);
        return ProgressResult.Of(ProgressOutcome.Recorded);
    }

    private (ProgressReport? Report, Dictionary<string, string> Errors) Parse(ProgressForm form)
    {
        var errors = new Dictionary<string, string>();
        // Only a status's exact name: Enum.TryParse would also take "4" or "OnTrack,AtRisk".
        ActivityStatus? status = Enum.GetNames<ActivityStatus>().Contains(form.Status) ? Enum.Parse<ActivityStatus>(form.Status!) : null;
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

    private ProgressResult Conflict(int activityId, ProgressForm form, IReadOnlyList<ProgressEntry> newer)
    {
        logger.LogInformation("Progress update on activity {ActivityId} refused: updated since the form was loaded", activityId);
        return new ProgressResult(ProgressOutcome.Conflict, new Dictionary<string, string> { [""] = localizer["ProgressConflict"] }, newer,
            newer.Count > 0 ? newer.Max(u => u.Id) : form.LastSeenUpdateId);
    }

    private static async Task<List<ProgressEntry>> LatestUpdatesAsync(AllianceDbContext db, int activityId, int afterId, int take, CancellationToken cancellationToken) =>
        await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.ActivityId == activityId && u.Id > afterId)
            .OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id)
            .Take(take)
            .Select(u => new ProgressEntry(u.Id, u.RecordedAt, u.AuthorName, u.Status, u.PercentComplete, u.PreviousPercentComplete, u.Narrative, u.EvidenceUrl))
            .ToListAsync(cancellationToken);
}
