using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;
using Alliance.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Workplans;

/// <summary>
/// Reads for the working-group and activity pages: projections, no tracking, a few queries each.
/// The groups and a group's workplan can be read as they stood on a past day: each activity's
/// status and percent are then those of its last update recorded by the end of that day.
/// </summary>
public sealed class WorkplanService(IDbContextFactory<AllianceDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    private DateOnly Today => clock.Today();

    public async Task<IReadOnlyList<GroupSummary>> GetGroupsAsync(DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadSummariesAsync(db, db.WorkingGroups, AsOf(on), cancellationToken);
    }

    /// <summary>A group's workplan today, or on <paramref name="on"/> (a past day; then no one can update or manage it from this page).</summary>
    public async Task<GroupWorkplan?> GetGroupWorkplanAsync(string slug, WorkplanFilter filter, DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var asOf = AsOf(on);
        var today = asOf ?? Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var summary = (await LoadSummariesAsync(db, db.WorkingGroups.Where(g => g.Slug == slug.ToLowerInvariant()), asOf, cancellationToken)).SingleOrDefault();
        if (summary is null)
        {
            return null;
        }
        var group = await db.WorkingGroups.AsNoTracking().Where(g => g.Id == summary.Id)
            .Select(g => new
            {
                g.MissionEn, g.MissionFr,
                Members = g.Members.OrderBy(m => m.Organisation.Name).Select(m => m.Organisation.Name).ToList(),
                // Every term begun by the day shown; one ended after that day was still running then.
                Terms = g.CoLeads.Where(c => c.Since <= today).OrderByDescending(c => c.Since)
                    .Select(c => new CoLeadTerm(c.Organisation.Acronym ?? c.Organisation.Name, c.Since, c.EndedOn <= today ? c.EndedOn : null))
                    .ToList(),
            })
            .SingleAsync(cancellationToken);
        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => db.StrategicPlans.Current().Select(p => p.Id).Contains(o.StrategicPlanId))
            .OrderBy(o => o.SortOrder)
            .Select(o => ElementName.Of(o.Code, o.TitleEn, o.TitleFr, o.Kind.LabelledByCode, o.Kind.NameEn, o.Kind.NameFr))
            .ToListAsync(cancellationToken);

        // An unknown objective in the address is ignored rather than showing an empty workplan.
        if (filter.ObjectiveCode is { } wanted && objectives.All(o => o.Code != wanted))
        {
            filter = filter with { ObjectiveCode = null };
        }
        var activities = CurrentActivities(db).Where(a => a.Workplan.WorkingGroupId == summary.Id);
        if (filter.ObjectiveCode is { } code)
        {
            activities = activities.Where(a => a.Objective.Code == code);
        }
        if (filter.Status is { } status && asOf is null)
        {
            activities = activities.Where(a => a.Status == status);
        }
        var rows = await ProjectRows(activities, asOf).ToListAsync(cancellationToken);
        if (filter.Status is { } stood && asOf is not null)
        {
            // The status of that day is derived from the history, so it is filtered here.
            rows = [.. rows.Where(r => r.Status == stood)];
        }
        var ordered = rows.Select(r => r.ToRow(today)).OrderBy(r => objectives.FindIndex(o => o.Code == r.Objective.Code)).ThenBy(r => r.DueDate).ToList();
        if (asOf is not null)
        {
            return new GroupWorkplan(summary, new LocalizedText(group.MissionEn, group.MissionFr), group.Members, objectives, filter, ordered,
                CanUpdateProgress: false, CanManage: false) { AsOf = asOf, CoLeadTerms = group.Terms };
        }
        var user = await currentUser.LoadAsync(db, cancellationToken);
        return new GroupWorkplan(summary, new LocalizedText(group.MissionEn, group.MissionFr), group.Members, objectives, filter, ordered,
            user?.CanUpdateProgressOf(summary.Id) == true, user?.CanManageWorkplans == true) { CoLeadTerms = group.Terms };
    }

    /// <summary>Every live activity of a group, for the Excel and CSV downloads.</summary>
    public async Task<(GroupSummary Group, IReadOnlyList<ActivityRow> Activities)?> GetExportAsync(string slug, CancellationToken cancellationToken = default)
    {
        var workplan = await GetGroupWorkplanAsync(slug, WorkplanFilter.None, cancellationToken: cancellationToken);
        return workplan is null ? null : (workplan.Group, workplan.Activities);
    }

    public async Task<ActivityView?> GetActivityAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var activity = await db.Activities.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.Title, a.Description, a.Deliverable, a.Workplan.WorkingGroupId,
                GroupSlug = a.Workplan.WorkingGroup.Slug, GroupEn = a.Workplan.WorkingGroup.NameEn, GroupFr = a.Workplan.WorkingGroup.NameFr,
                Objective = ElementName.Of(a.Objective.Code, a.Objective.TitleEn, a.Objective.TitleFr,
                    a.Objective.Kind.LabelledByCode, a.Objective.Kind.NameEn, a.Objective.Kind.NameFr),
                CategoryEn = a.Category.NameEn, CategoryFr = a.Category.NameFr,
                a.StartDate, a.DueDate, a.Status, a.PercentComplete, a.IsArchived,
                ContributesTo = a.Contributions.OrderBy(c => c.Objective.SortOrder)
                    .Select(c => ElementName.Of(c.Objective.Code, c.Objective.TitleEn, c.Objective.TitleFr,
                        c.Objective.Kind.LabelledByCode, c.Objective.Kind.NameEn, c.Objective.Kind.NameFr))
                    .ToList(),
                History = a.ProgressUpdates.OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id)
                    .Select(u => new ProgressEntry(u.Id, u.RecordedAt, u.AuthorName, u.Status, u.PercentComplete, u.PreviousPercentComplete, u.Narrative, u.EvidenceUrl))
                    .ToList(),
                a.Disposition, a.DispositionReason,
                CarriedFrom = a.CarriedFrom == null ? null
                    : new LinkedActivity(a.CarriedFrom.Id, a.CarriedFrom.Title, a.CarriedFrom.Workplan.Plan.StartYear, a.CarriedFrom.Workplan.Plan.EndYear),
                CarriedInto = a.CarriedInto == null ? null
                    : new LinkedActivity(a.CarriedInto.Id, a.CarriedInto.Title, a.CarriedInto.Workplan.Plan.StartYear, a.CarriedInto.Workplan.Plan.EndYear),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (activity is null)
        {
            return null;
        }
        var user = await currentUser.LoadAsync(db, cancellationToken);
        var lastUpdate = activity.History.Count > 0 ? activity.History[0].RecordedAt : (DateTime?)null;
        return new ActivityView(activity.Id, activity.Title, activity.Description, activity.Deliverable, activity.GroupSlug,
            new LocalizedText(activity.GroupEn, activity.GroupFr), activity.Objective,
            new LocalizedText(activity.CategoryEn, activity.CategoryFr), activity.StartDate, activity.DueDate, activity.Status, activity.PercentComplete,
            activity.IsArchived, ActivityAttention.Assess(activity.Status, activity.StartDate, activity.DueDate, lastUpdate, Today),
            activity.History, !activity.IsArchived && activity.Disposition is null && user?.CanUpdateProgressOf(activity.WorkingGroupId) == true)
        {
            ContributesTo = activity.ContributesTo,
            Disposition = activity.Disposition,
            DispositionReason = activity.DispositionReason,
            CarriedFrom = activity.CarriedFrom,
            CarriedInto = activity.CarriedInto,
        };
    }

    /// <summary>A past day asked for, or null for today (and for a day that is not past).</summary>
    private DateOnly? AsOf(DateOnly? on) => on < Today ? on : null;

    private async Task<IReadOnlyList<GroupSummary>> LoadSummariesAsync(AllianceDbContext db, IQueryable<Domain.WorkingGroups.WorkingGroup> groups,
        DateOnly? asOf, CancellationToken cancellationToken)
    {
        var coLeadOn = PortalQueries.CoLeadOn(asOf ?? Today);
        var found = await groups.AsNoTracking()
            .OrderBy(g => g.Kind.SortOrder).ThenBy(g => g.NameEn)
            .Select(g => new
            {
                g.Id, g.Slug, g.NameEn, g.NameFr, g.ShortName, KindEn = g.Kind.NameEn, KindFr = g.Kind.NameFr,
                CoLeads = g.CoLeads.AsQueryable().Where(coLeadOn).OrderBy(c => c.Organisation.Name).Select(c => c.Organisation.Acronym ?? c.Organisation.Name).ToList(),
                Leads = g.Leads.Join(db.Users, l => l.UserId, u => u.Id, (_, u) => u.DisplayName).ToList(),
            })
            .ToListAsync(cancellationToken);
        var ids = found.Select(g => g.Id).ToList();
        var live = CurrentActivities(db).Where(a => ids.Contains(a.Workplan.WorkingGroupId));
        var counts = asOf is { } day
            ? (await ProjectRows(live, day).Select(a => new { a.GroupId, a.Status }).ToListAsync(cancellationToken))
                .GroupBy(a => new { WorkingGroupId = a.GroupId, a.Status })
                .Select(g => new { g.Key.WorkingGroupId, g.Key.Status, Count = g.Count() })
                .ToList()
            : await live
                .GroupBy(a => new { a.Workplan.WorkingGroupId, a.Status })
                .Select(g => new { g.Key.WorkingGroupId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken);
        var end = EndOf(asOf);
        var lastUpdates = await db.ProgressUpdates.AsNoTracking()
            .Where(u => ids.Contains(u.Activity.Workplan.WorkingGroupId) && !u.Activity.IsArchived && u.RecordedAt < end
                && db.StrategicPlans.Current().Select(p => p.Id).Contains(u.Activity.Workplan.StrategicPlanId))
            .GroupBy(u => u.Activity.Workplan.WorkingGroupId)
            .Select(g => new { WorkingGroupId = g.Key, Last = g.Max(u => u.RecordedAt) })
            .ToListAsync(cancellationToken);
        return found.Select(g => new GroupSummary(g.Id, g.Slug, new LocalizedText(g.NameEn, g.NameFr), g.ShortName, new LocalizedText(g.KindEn, g.KindFr), g.CoLeads,
                g.Leads.Order().ToList(),
                counts.Where(c => c.WorkingGroupId == g.Id).ToDictionary(c => c.Status, c => c.Count),
                lastUpdates.SingleOrDefault(u => u.WorkingGroupId == g.Id)?.Last))
            .ToList();
    }

    /// <summary>The live (not archived) activities of the plan in force: what workplans and the dashboard show.</summary>
    private static IQueryable<Activity> CurrentActivities(AllianceDbContext db) =>
        db.Activities.AsNoTracking()
            .Where(a => !a.IsArchived && db.StrategicPlans.Current().Select(p => p.Id).Contains(a.Workplan.StrategicPlanId));

    /// <summary>The first moment after <paramref name="asOf"/> (UTC), or the end of time for today: updates recorded before it count.</summary>
    private static DateTime EndOf(DateOnly? asOf) =>
        asOf is { } day ? day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : DateTime.MaxValue;

    /// <summary>
    /// The rows of these activities: today as stored, or as of a past day from their history, the last
    /// update recorded by the end of that day giving the status and percent (none yet: not started, 0%).
    /// </summary>
    private static IQueryable<ActivityRowData> ProjectRows(IQueryable<Activity> activities, DateOnly? asOf = null)
    {
        if (asOf is null)
        {
            return activities.Select(a => new ActivityRowData(
                a.Id, a.Workplan.WorkingGroupId, a.Title, a.Objective.Code, a.Objective.TitleEn, a.Objective.TitleFr,
                a.Objective.Kind.LabelledByCode, a.Objective.Kind.NameEn, a.Objective.Kind.NameFr, a.Category.NameEn, a.Category.NameFr,
                a.Status, a.PercentComplete, a.StartDate, a.DueDate, a.Deliverable,
                a.ProgressUpdates.Max(u => (DateTime?)u.RecordedAt)));
        }
        var end = EndOf(asOf);
        return activities.Select(a => new ActivityRowData(
            a.Id, a.Workplan.WorkingGroupId, a.Title, a.Objective.Code, a.Objective.TitleEn, a.Objective.TitleFr,
                a.Objective.Kind.LabelledByCode, a.Objective.Kind.NameEn, a.Objective.Kind.NameFr, a.Category.NameEn, a.Category.NameFr,
            a.ProgressUpdates.Where(u => u.RecordedAt < end).OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id)
                .Select(u => (ActivityStatus?)u.Status).FirstOrDefault() ?? ActivityStatus.NotStarted,
            a.ProgressUpdates.Where(u => u.RecordedAt < end).OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id)
                .Select(u => (int?)u.PercentComplete).FirstOrDefault() ?? 0,
            a.StartDate, a.DueDate, a.Deliverable,
            a.ProgressUpdates.Where(u => u.RecordedAt < end).Max(u => (DateTime?)u.RecordedAt)));
    }

    private sealed record ActivityRowData(
        int Id, int GroupId, string Title, string ObjectiveCode, string ObjectiveEn, string ObjectiveFr, bool LabelledByCode, string KindEn, string KindFr,
        string CategoryEn, string CategoryFr,
        ActivityStatus Status, int PercentComplete, DateOnly StartDate, DateOnly DueDate, string? Deliverable, DateTime? LastUpdate)
    {
        public ActivityRow ToRow(DateOnly today) => new(Id, Title, ElementName.Of(ObjectiveCode, ObjectiveEn, ObjectiveFr, LabelledByCode, KindEn, KindFr),
            new LocalizedText(CategoryEn, CategoryFr), Status, PercentComplete, StartDate, DueDate, Deliverable, LastUpdate,
            ActivityAttention.Assess(Status, StartDate, DueDate, LastUpdate, today));
    }
}
