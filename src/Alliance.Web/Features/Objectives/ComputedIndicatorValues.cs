using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.Workplans;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features.SteeringCommittee;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Objectives;

/// <summary>
/// The values of computed indicators, derived on the day from what the portal holds: one query per
/// metric asked for, whatever the number of objectives. Null means "no data" (nothing to count),
/// which the page shows as such rather than as a misleading 0%.
/// </summary>
public sealed class ComputedIndicatorValues
{
    private readonly Dictionary<int, decimal?> _activitiesCompleted;
    private readonly Dictionary<ComputedMetric, decimal?> _planWide;

    private ComputedIndicatorValues(Dictionary<int, decimal?> activitiesCompleted, Dictionary<ComputedMetric, decimal?> planWide)
    {
        _activitiesCompleted = activitiesCompleted;
        _planWide = planWide;
    }

    public decimal? For(ComputedMetric metric, int objectiveId) => metric == ComputedMetric.ObjectiveActivitiesCompletedPercent
        ? _activitiesCompleted.GetValueOrDefault(objectiveId)
        : _planWide.GetValueOrDefault(metric);

    /// <summary>Percentages are rounded to one decimal, as the page shows them.</summary>
    public static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);

    public static async Task<ComputedIndicatorValues> ComputeAsync(
        AllianceDbContext db, IReadOnlyCollection<int> objectiveIds, IReadOnlySet<ComputedMetric> metrics, DateOnly today,
        CancellationToken cancellationToken = default)
    {
        var completed = new Dictionary<int, decimal?>();
        var planWide = new Dictionary<ComputedMetric, decimal?>();
        if (metrics.Contains(ComputedMetric.ObjectiveActivitiesCompletedPercent) && objectiveIds.Count > 0)
        {
            // Live activities of the plan in force; a cancelled activity will never be completed, so it does not count.
            var counts = await db.Activities.AsNoTracking()
                .Where(a => objectiveIds.Contains(a.ObjectiveId) && !a.IsArchived && a.Status != ActivityStatus.Cancelled
                    && db.StrategicPlans.Current().Select(p => p.Id).Contains(a.Workplan.StrategicPlanId))
                .GroupBy(a => a.ObjectiveId)
                .Select(g => new { ObjectiveId = g.Key, Total = g.Count(), Completed = g.Count(a => a.Status == ActivityStatus.Completed) })
                .ToListAsync(cancellationToken);
            foreach (var id in objectiveIds)
            {
                var count = counts.SingleOrDefault(c => c.ObjectiveId == id);
                completed[id] = count is null ? null : Percent(count.Completed, count.Total);
            }
        }
        if (metrics.Contains(ComputedMetric.SeatsHeldByLocalNationalOrRegional))
        {
            // The plan's seat commitment as the steering-committee page assesses it, so that the
            // indicator and that page never disagree; none when the plan makes no such commitment.
            var seats = await SteeringCommitteeService.LoadSeatsAsync(db, cancellationToken);
            var commitment = (await SteeringCommitteeService.LoadSeatCommitmentsAsync(db, cancellationToken)).FirstOrDefault();
            planWide[ComputedMetric.SeatsHeldByLocalNationalOrRegional] = commitment?.Assess(today, CommitmentData.OfSeats(seats)).Assessment.Achieved;
        }
        if (metrics.Contains(ComputedMetric.NewMembersLocalOrNationalPercent))
        {
            // As the member register defines it: current members who joined since the launch of membership.
            var launched = Membership.LaunchedOn;
            var members = await db.Organisations.AsNoTracking()
                .MembersOn(today).Where(o => o.JoinedOn >= launched)
                .GroupBy(_ => 1)
                .Select(g => new { Total = g.Count(), LocalOrNational = g.Count(o => OrganisationScopes.LocalOrNational.Contains(o.Scope)) })
                .SingleOrDefaultAsync(cancellationToken);
            planWide[ComputedMetric.NewMembersLocalOrNationalPercent] = members is null ? null : Percent(members.LocalOrNational, members.Total);
        }
        if (metrics.Contains(ComputedMetric.GroupsCoLedByLocalOrNationalPercent))
        {
            // A handful of groups: one flag each, counted here.
            var coLeadToday = PortalQueries.CoLeadOn(today);
            var coLed = await db.WorkingGroups.AsNoTracking()
                .Select(w => w.CoLeads.AsQueryable().Where(coLeadToday).Any(c => OrganisationScopes.LocalOrNational.Contains(c.Organisation.Scope)))
                .ToListAsync(cancellationToken);
            planWide[ComputedMetric.GroupsCoLedByLocalOrNationalPercent] = Percent(coLed.Count(c => c), coLed.Count);
        }
        return new ComputedIndicatorValues(completed, planWide);
    }
}
