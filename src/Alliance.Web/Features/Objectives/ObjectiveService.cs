using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Objectives;

/// <summary>Reads for the objective page: its statement, its indicators (computed ones derived today) and the activities serving it.</summary>
public sealed class ObjectiveService(IDbContextFactory<AllianceDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    private DateOnly Today => clock.Today();

    /// <summary>
    /// An element of the plan in force, or of another plan that is not a draft (<paramref name="planSlug"/>, "2018-2020"):
    /// a closed plan's element is shown as it stood on the plan's results day, with the values kept when it closed.
    /// </summary>
    public async Task<ObjectiveDetails?> GetObjectiveAsync(string code, string? planSlug = null, CancellationToken cancellationToken = default)
    {
        var normalized = code.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plans = planSlug is null ? db.StrategicPlans.Current() : db.StrategicPlans.Where(p => p.Status != PlanStatus.Draft).OfPeriod(planSlug);
        var objective = await db.Objectives.AsNoTracking()
            .Where(o => o.Code == normalized && plans.Select(p => p.Id).Contains(o.StrategicPlanId))
            .Select(o => new
            {
                o.Id, Name = ElementName.Of(o.Code, o.TitleEn, o.TitleFr, o.Kind.LabelledByCode, o.Kind.NameEn, o.Kind.NameFr), o.StatementEn, o.StatementFr,
                o.Plan.Status, o.Plan.StartYear, o.Plan.EndYear, o.Plan.ClosedOn,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (objective is null)
        {
            return null;
        }
        var today = objective.ClosedOn is { } closedOn ? StrategicPlan.ResultsDay(objective.EndYear, closedOn) : Today;
        var indicators = await LoadIndicatorsAsync(db, [objective.Id], today, cancellationToken);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => (a.ObjectiveId == objective.Id || a.Contributions.Any(c => c.ObjectiveId == objective.Id)) && !a.IsArchived)
            .Select(a => new
            {
                a.Workplan.WorkingGroup.Slug, a.Workplan.WorkingGroup.NameEn, a.Workplan.WorkingGroup.NameFr, Kind = a.Workplan.WorkingGroup.Kind.SortOrder,
                Activity = new ObjectiveActivity(a.Id, a.Title, a.Status, a.PercentComplete, a.DueDate, a.ObjectiveId != objective.Id),
            })
            .ToListAsync(cancellationToken);
        var groups = activities
            .GroupBy(a => (a.Slug, a.NameEn, a.NameFr, a.Kind))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.NameEn, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ContributingGroup(g.Key.Slug, new LocalizedText(g.Key.NameEn, g.Key.NameFr),
                g.Select(a => a.Activity).OrderBy(a => a.DueDate).ThenBy(a => a.Title, StringComparer.CurrentCultureIgnoreCase).ToList()))
            .ToList();
        var user = await currentUser.LoadAsync(db, cancellationToken);
        var inForce = objective.Status == PlanStatus.InForce;
        return new ObjectiveDetails(objective.Name,
            new LocalizedText(objective.StatementEn, objective.StatementFr), today, indicators.GetValueOrDefault(objective.Id, []), groups,
            user?.IsStaff == true && inForce)
        {
            PlanSlug = inForce ? null : StrategicPlan.SlugOf(objective.StartYear, objective.EndYear),
            ResultsOn = objective.ClosedOn is null ? null : today,
        };
    }

    /// <summary>The indicators of some objectives, by objective: recorded histories from the database, computed values derived today.</summary>
    internal static async Task<Dictionary<int, IReadOnlyList<IndicatorView>>> LoadIndicatorsAsync(
        AllianceDbContext db, IReadOnlyCollection<int> objectiveIds, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.Indicators.AsNoTracking()
            .Where(i => objectiveIds.Contains(i.ObjectiveId))
            .OrderBy(i => i.Metric != null).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.Id, i.ObjectiveId, i.NameEn, i.NameFr, i.Unit, i.Metric, i.Baseline, i.BaselineDate, i.Target, i.TargetDate, i.FinalOn, i.FinalValue,
                Values = i.Values.OrderBy(v => v.Date).ThenBy(v => v.Id).Select(v => new IndicatorPoint(v.Date, v.Value, v.Note, v.SourceUrl)).ToList(),
                Milestones = i.Milestones.OrderBy(m => m.Date).Select(m => new Milestone(m.Date, m.Value)).ToList(),
                i.MethodEn, i.MethodFr, i.SourceEn, i.SourceFr, i.ReportedByEn, i.ReportedByFr, i.Frequency,
                Rebaselines = i.Rebaselines.OrderBy(r => r.ChangedOn).ThenBy(r => r.Id)
                    .Select(r => new RebaselineView(r.ChangedOn, r.ChangedBy, r.OldBaseline, r.OldBaselineDate, r.OldTarget, r.OldTargetDate,
                        r.NewBaseline, r.NewBaselineDate, r.NewTarget, r.NewTargetDate, r.Reason))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var metrics = rows.Where(r => r.Metric is not null).Select(r => r.Metric!.Value).ToHashSet();
        var computed = await ComputedIndicatorValues.ComputeAsync(db, objectiveIds, metrics, today, cancellationToken);
        return rows
            .Select(r =>
            {
                // A closed plan's computed indicator shows the value kept when it closed, on its day.
                IReadOnlyList<IndicatorPoint> history = r.Metric is { } metric
                    ? (r.FinalOn is { } finalOn && today >= finalOn ? r.FinalValue : computed.For(metric, r.ObjectiveId)) is { } value
                        ? [new IndicatorPoint(r.FinalOn is { } kept && today >= kept ? kept : today, value, null, null)] : []
                    : r.Values.Where(v => v.Date <= today).ToList();
                var latest = history.Count == 0 ? (decimal?)null : history[^1].Value;
                var definition = new IndicatorDefinition(Pair(r.MethodEn, r.MethodFr), Pair(r.SourceEn, r.SourceFr), Pair(r.ReportedByEn, r.ReportedByFr), r.Frequency);
                return (r.ObjectiveId, View: new IndicatorView(r.Id, new LocalizedText(r.NameEn, r.NameFr), r.Unit, r.Metric, r.Baseline, r.BaselineDate,
                    r.Target, r.TargetDate, history, IndicatorProgress.Assess(r.Baseline, r.BaselineDate, r.Target, r.TargetDate, latest, today, r.Milestones),
                    r.Milestones, definition, r.Rebaselines));
            })
            .GroupBy(r => r.ObjectiveId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorView>)g.Select(r => r.View).ToList());
    }

    private static LocalizedText? Pair(string? en, string? fr) => en is null || fr is null ? null : new LocalizedText(en, fr);
}
