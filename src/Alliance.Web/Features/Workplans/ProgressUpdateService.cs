using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Result = Alliance.Web.Features.Shared.ChangeResult<Alliance.Web.Features.Workplans.NewerProgress>;

namespace Alliance.Web.Features.Workplans;

/// <summary>What the form page needs to show before anything is posted.</summary>
public sealed record ProgressFormContext(
    int ActivityId, string Title, string GroupSlug, LocalizedText GroupName, ActivityStatus Status, int PercentComplete,
    bool IsArchived, int LastUpdateId, ProgressEntry? LatestUpdate);

/// <summary>On a conflict: the updates recorded since the form was loaded, and the newest one's id for the resubmission.</summary>
public sealed record NewerProgress(IReadOnlyList<ProgressEntry> Updates, int LastUpdateId);

/// <summary>
/// Records progress updates, the portal's most important write, through the one write path. Checks,
/// in this order, that the activity exists, that the caller may update its group (from the
/// database), that this submission was not already recorded, that nobody recorded progress since
/// the form was loaded, and that the input is valid; the save itself is version-checked, and one
/// that lost a race is judged again on what the winner committed.
/// </summary>
public sealed class ProgressUpdateService(ChangeWriter changes, TimeProvider clock, IStringLocalizer<SharedStrings> localizer)
{
    private const int NewerShown = 20;

    private Permission SignedIn => new(_ => true, localizer["ProgressForbidden"]);

    public async Task<(FormAccess Access, ProgressFormContext? Context)> GetFormAsync(int activityId, CancellationToken cancellationToken = default)
    {
        return await changes.ReadAsync<(FormAccess, ProgressFormContext?)>(async (db, user) =>
        {
            var activity = await db.Activities.Include(a => a.Workplan).ThenInclude(w => w.WorkingGroup)
                .SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);
            if (activity is null)
            {
                return (FormAccess.NotFound, null);
            }
            if (user?.CanUpdateProgressOf(activity.Workplan.WorkingGroupId) != true)
            {
                return (FormAccess.Forbidden, null);
            }
            var latest = (await LatestUpdatesAsync(db, activityId, afterId: 0, take: 1, cancellationToken)).FirstOrDefault();
            var group = activity.Workplan.WorkingGroup;
            return (FormAccess.Allowed, new ProgressFormContext(activity.Id, activity.Title, group.Slug, group.Name,
                activity.Status, activity.PercentComplete, activity.IsArchived, latest?.Id ?? 0, latest));
        }, cancellationToken);
    }

    public Task<Result> RecordAsync(int activityId, ProgressForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.RecordProgress.Of(activityId), SignedIn, async change =>
        {
            var activity = await change.Db.Activities.Include(a => a.Workplan).SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken);
            if (activity is null)
            {
                return Result.NotFound(localizer["ActivityNotFound"]);
            }
            if (!change.User.CanUpdateProgressOf(activity.Workplan.WorkingGroupId))
            {
                return change.Refuse<NewerProgress>(localizer["ProgressForbidden"]);
            }
            if (await AlreadyRecordedAsync(change.Db, form, cancellationToken))
            {
                return Result.Saved();
            }
            var report = form.Read(change.Errors, localizer);
            // Someone else's progress since the form was loaded comes first: the lead must see it
            // before anything is judged against it (a "decrease" may only be relative to their update).
            // A structure edit by the secretariat (title, dates) is not a conflict for the lead.
            var newer = await LatestUpdatesAsync(change.Db, activityId, form.LastSeenUpdateId, NewerShown, cancellationToken);
            if (newer.Count > 0)
            {
                // The newer update may be this very submission, saved by a twin post a moment ago.
                return await AlreadyRecordedAsync(change.Db, form, cancellationToken) ? Result.Saved() : Conflict(newer, form);
            }
            if (report is not null)
            {
                change.Errors.AddAll(activity.ProblemsWith(report), form);
            }
            if (report is null || !change.Errors.IsEmpty)
            {
                return Result.Invalid(change.Errors);
            }
            activity.RecordProgress(report, change.User.Id, change.User.DisplayName, clock.GetUtcNow().UtcDateTime);
            // The version read above must still be the row's when we write: a save in between
            // (perhaps this very submission, posted twice at once) fails, and is judged again.
            await change.SaveAsync(versioned: null, loadedVersion: null, activity);
            return Result.Saved();
        }, cancellationToken, new Retry<NewerProgress>(_ => true, () => Conflict([], form)));

    private static Task<bool> AlreadyRecordedAsync(AllianceDbContext db, ProgressForm form, CancellationToken cancellationToken) =>
        form.SubmissionId == Guid.Empty
            ? Task.FromResult(false)
            : db.ProgressUpdates.AnyAsync(u => u.SubmissionId == form.SubmissionId, cancellationToken);

    private Result Conflict(IReadOnlyList<ProgressEntry> newer, ProgressForm form) =>
        Result.Conflict(localizer["ProgressConflict"], new NewerProgress(newer, newer.Count > 0 ? newer.Max(u => u.Id) : form.LastSeenUpdateId));

    private static async Task<List<ProgressEntry>> LatestUpdatesAsync(AllianceDbContext db, int activityId, int afterId, int take, CancellationToken cancellationToken) =>
        await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.ActivityId == activityId && u.Id > afterId)
            .OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id)
            .Take(take)
            .Select(u => new ProgressEntry(u.Id, u.RecordedAt, u.AuthorName, u.Status, u.PercentComplete, u.PreviousPercentComplete, u.Narrative, u.EvidenceUrl))
            .ToListAsync(cancellationToken);
}
