using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;
using Alliance.Domain.WorkingGroups;
using Alliance.Web.Features.Objectives;
using Alliance.Web.Features.Plans;
using Alliance.Web.Features.SteeringCommittee;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Dashboard;

/// <summary>
/// The dashboard in six SQL commands whatever the amount of data or the day shown: every figure is aggregated by
/// the database, and only rows bounded by the plan's shape (objectives × groups × statuses) or a
/// fixed top come back.
/// </summary>
public sealed class DashboardService(IDbContextFactory<AllianceDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>How many overdue activities the dashboard lists; the total is shown beside them.</summary>
    public const int OverdueListed = 15;

    private static readonly ActivityStatus[] Closed = [ActivityStatus.Completed, ActivityStatus.Cancelled];

    public async Task<DashboardView?> GetAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var realToday = clock.Today();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // 1. Every plan a reader may open here (drafts are built on the plans' pages, not shown here): the switcher's
        //    choices, and the plan shown.
        var plans = await db.StrategicPlans.AsNoTracking().Where(p => p.Status != PlanStatus.Draft)
            .OrderBy(p => p.StartYear)
            .Select(p => new PlanRow { Id = p.Id, StartYear = p.StartYear, EndYear = p.EndYear, Status = p.Status, AdoptedOn = p.AdoptedOn, ClosedOn = p.ClosedOn })
            .ToListAsync(cancellationToken);
        var asked = filter.On is { } on && on < realToday ? on : (DateOnly?)null;
        var shown = Pick(plans, filter.PlanSlug, asked);
        if (shown is null)
        {
            return null;
        }
        // The day the figures stand for: the day asked, or today; a closed plan's never after its results day.
        var today = asked ?? realToday;
        if (shown.ClosedOn is { } closedOn && StrategicPlan.ResultsDay(shown.EndYear, closedOn) is var resultsOn && today > resultsOn)
        {
            today = resultsOn;
        }
        var asOf = today < realToday ? today : (DateOnly?)null;
        var memberToday = PortalQueries.MemberOn(today);
        var launched = Membership.LaunchedOn;
        var current = ActivitiesOf(db, shown.Id, asOf);

        // 2. The plan, its objectives (with their unfiltered activity counts and their indicators, each with its latest
        //    recorded value by the day) and the new-member figures, in one SELECT.
        var plan = await db.StrategicPlans.AsNoTracking().Where(p => p.Id == shown.Id)
            .Select(p => new
            {
                p.Id, p.TitleEn, p.TitleFr, p.StartYear, p.EndYear,
                Kinds = p.ElementKinds.OrderBy(k => k.SortOrder)
                    .Select(k => new ElementKindView(k.Code, new LocalizedText(k.NameEn, k.NameFr), new LocalizedText(k.PluralEn, k.PluralFr), k.IsCrossCutting, k.LabelledByCode, k.SortOrder))
                    .ToList(),
                Objectives = p.Objectives.OrderBy(o => o.SortOrder)
                    .Select(o => new
                    {
                        o.Id, o.StatementEn, o.StatementFr, KindCode = o.Kind.Code,
                        Name = ElementName.Of(o.Code, o.TitleEn, o.TitleFr, o.Kind.LabelledByCode, o.Kind.NameEn, o.Kind.NameFr),
                        // Unfiltered, as ComputedIndicatorValues counts them: live, not cancelled activities of the plan.
                        Counted = current.Count(a => a.ObjectiveId == o.Id && a.Status != ActivityStatus.Cancelled),
                        Completed = current.Count(a => a.ObjectiveId == o.Id && a.Status == ActivityStatus.Completed),
                        // The objective page's order; for a recorded indicator, its latest value by the day only.
                        Indicators = o.Indicators.OrderBy(i => i.Metric != null).ThenBy(i => i.Id)
                            .Select(i => new IndicatorRow
                            {
                                Id = i.Id, NameEn = i.NameEn, NameFr = i.NameFr, Unit = i.Unit, Metric = i.Metric,
                                Baseline = i.Baseline, BaselineDate = i.BaselineDate, Target = i.Target, TargetDate = i.TargetDate,
                                LatestValue = i.Values.Where(v => v.Date <= today).OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).Select(v => (decimal?)v.Value).FirstOrDefault(),
                                LatestDate = i.Values.Where(v => v.Date <= today).OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).Select(v => (DateOnly?)v.Date).FirstOrDefault(),
                                Milestones = i.Milestones.OrderBy(m => m.Date).Select(m => new Milestone(m.Date, m.Value)).ToList(),
                                FinalOn = i.FinalOn, FinalValue = i.FinalValue,
                            })
                            .ToList(),
                    }).ToList(),
                NewMembers = db.Organisations.Where(memberToday).Count(o => o.JoinedOn >= launched),
                NewLocalOrNational = db.Organisations.Where(memberToday).Count(o => o.JoinedOn >= launched
                    && OrganisationScopes.LocalOrNational.Contains(o.Scope)),
                // The plan's commitments on seats, assessed below from the seats' tenures.
                SeatCommitments = p.Commitments.AsQueryable().Where(c => c.Rule == CommitmentRule.VacantSeatsFilled)
                    .OrderBy(c => c.SortOrder).Select(CommitmentRow.FromEntity).ToList(),
                NewMembersTarget = db.Indicators
                    .Where(i => i.Metric == ComputedMetric.NewMembersLocalOrNationalPercent && i.Objective.StrategicPlanId == p.Id)
                    .Select(i => (decimal?)i.Target).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        // 3. The filters' choices in one UNION: every group (whether a local or national organisation co-leads it,
        //    its last update and the start of its oldest open, started activity), then every category of work.
        var coLeadToday = PortalQueries.CoLeadOn(today);
        var choices = await db.WorkingGroups.AsNoTracking()
            .Select(g => new Choice
            {
                IsCategory = false, Id = g.Id, Code = g.Slug, NameEn = g.NameEn, NameFr = g.NameFr, ShortName = g.ShortName,
                Order = g.Kind.SortOrder,
                CoLed = g.CoLeads.AsQueryable().Where(coLeadToday).Any(c => OrganisationScopes.LocalOrNational.Contains(c.Organisation.Scope)),
                LastUpdate = current.Where(a => a.WorkingGroupId == g.Id).Max(a => a.LastUpdate),
                OpenSince = current.Where(a => a.WorkingGroupId == g.Id && !Closed.Contains(a.Status) && a.StartDate <= today)
                    .Min(a => (DateOnly?)a.StartDate),
            })
            .Concat(db.CategoriesOfWork.Where(c => c.StrategicPlanId == plan.Id).Select(c => new Choice
            {
                IsCategory = true, Id = c.Id, Code = c.Code, NameEn = c.NameEn, NameFr = c.NameFr, ShortName = c.Code,
                Order = c.SortOrder, CoLed = false, LastUpdate = null, OpenSince = null,
            }))
            .ToListAsync(cancellationToken);
        var groups = choices.Where(c => !c.IsCategory).OrderBy(g => g.Order).ThenBy(g => g.NameEn, StringComparer.Ordinal).ToList();
        var categories = choices.Where(c => c.IsCategory).OrderBy(c => c.Order)
            .Select(c => new CategoryOption(c.Code, new LocalizedText(c.NameEn, c.NameFr))).ToList();
        var categoryCode = categories.Any(c => c.Code == filter.CategoryCode) ? filter.CategoryCode : null;
        var links = groups.ToDictionary(g => g.Id, g => new GroupLink(g.Code, new LocalizedText(g.NameEn, g.NameFr), g.ShortName));
        var groupSlug = groups.Any(g => g.Code == filter.GroupSlug) ? filter.GroupSlug : null;
        var activities = current;
        if (categoryCode is not null)
        {
            activities = activities.Where(a => a.CategoryCode == categoryCode);
        }
        if (groupSlug is not null)
        {
            activities = activities.Where(a => a.GroupSlug == groupSlug);
        }

        // 4. Live activities, filtered, counted by main element, group, status and whether the due date has passed; then, in the
        //    same UNION, counted again under each cross-cutting element they contribute to.
        var tally = await activities
            .GroupBy(a => new { a.ObjectiveId, a.WorkingGroupId, a.Status, PastDue = a.DueDate < today })
            .Select(g => new Tally
            {
                ObjectiveId = g.Key.ObjectiveId, WorkingGroupId = g.Key.WorkingGroupId, Status = g.Key.Status, PastDue = g.Key.PastDue,
                Contributed = false, Count = g.Count(), Percent = g.Sum(a => a.PercentComplete),
            })
            .Concat(activities.Join(db.ActivityContributions, a => a.Id, c => c.ActivityId,
                    (a, c) => new { c.ObjectiveId, a.WorkingGroupId, a.Status, PastDue = a.DueDate < today, a.PercentComplete })
                .GroupBy(a => new { a.ObjectiveId, a.WorkingGroupId, a.Status, a.PastDue })
                .Select(g => new Tally
                {
                    ObjectiveId = g.Key.ObjectiveId, WorkingGroupId = g.Key.WorkingGroupId, Status = g.Key.Status, PastDue = g.Key.PastDue,
                    Contributed = true, Count = g.Count(), Percent = g.Sum(a => a.PercentComplete),
                }))
            .ToListAsync(cancellationToken);
        var mainTally = tally.Where(t => !t.Contributed).ToList();

        // 5. The oldest overdue activities, to link to; the total comes from the tally.
        var overdue = await activities
            .Where(a => !Closed.Contains(a.Status) && a.DueDate < today)
            .OrderBy(a => a.DueDate).ThenBy(a => a.Id)
            .Take(OverdueListed)
            .Select(a => new
            {
                a.Id, a.Title, a.WorkingGroupId, a.ObjectiveCode, a.Status, a.StartDate, a.DueDate, a.LastUpdate,
            })
            .ToListAsync(cancellationToken);

        // 6. The 21 seats and their tenures: the steering committee's own figures, derived by the domain.
        var seats = await SteeringCommitteeService.LoadSeatsAsync(db, cancellationToken);
        var committee = SteeringCommitteeService.Overview(seats, plan.SeatCommitments, today, canManage: false).Figures;
        var seatCommitment = committee.SeatCommitments.FirstOrDefault();

        // The computed indicators' values, from the unfiltered figures above: the same as the objective pages'.
        var planWide = new Dictionary<ComputedMetric, decimal?>
        {
            [ComputedMetric.SeatsHeldByLocalNationalOrRegional] = seatCommitment?.Assessment.Achieved,
            [ComputedMetric.NewMembersLocalOrNationalPercent] = ComputedIndicatorValues.Percent(plan.NewLocalOrNational, plan.NewMembers),
            [ComputedMetric.GroupsCoLedByLocalOrNationalPercent] = ComputedIndicatorValues.Percent(groups.Count(g => g.CoLed), groups.Count),
        };

        var objectives = plan.Objectives.Select(o =>
        {
            var completedPercent = o.Counted == 0 ? null : ComputedIndicatorValues.Percent(o.Completed, o.Counted);
            // A closed plan's computed indicators show the values kept when it closed, on their day.
            var indicators = o.Indicators.Select(i => Indicator(i, i.Metric is not { } metric ? null
                : i.FinalOn is { } finalOn && today >= finalOn ? i.FinalValue
                : metric == ComputedMetric.ObjectiveActivitiesCompletedPercent ? completedPercent : planWide.GetValueOrDefault(metric), today)).ToList();
            var rows = tally.Where(t => t.ObjectiveId == o.Id).ToList();
            var live = rows.Where(t => t.Status != ActivityStatus.Cancelled).ToList();
            var counted = live.Sum(t => t.Count);
            return new ObjectiveSummary(
                o.Name, plan.Kinds.Single(k => k.Code == o.KindCode), new LocalizedText(o.StatementEn, o.StatementFr),
                rows.GroupBy(t => t.Status).ToDictionary(g => g.Key, g => g.Sum(t => t.Count)),
                rows.Where(t => t.Contributed).Sum(t => t.Count),
                rows.Where(t => IsOverdue(t.Status, t.PastDue, today)).Sum(t => t.Count),
                counted == 0 ? null : (int)Math.Round((double)live.Sum(t => t.Percent) / counted, MidpointRounding.AwayFromZero),
                groups.Where(g => rows.Any(t => t.WorkingGroupId == g.Id)).Select(g => links[g.Id]).ToList(),
                indicators);
        }).ToList();

        // A group is silent by the same rule as an activity: nothing recorded for 90 days on open, started work.
        // Silence is the group's, whatever the category chosen.
        var silent = groups
            .Where(g => (groupSlug is null || g.Code == groupSlug) && g.OpenSince is { } since
                && ActivityAttention.Assess(ActivityStatus.OnTrack, since, DateOnly.MaxValue, g.LastUpdate, today).HasFlag(AttentionReasons.NoRecentUpdate))
            .Select(g => new SilentGroup(links[g.Id], g.LastUpdate))
            .ToList();

        return new DashboardView(
            new LocalizedText(plan.TitleEn, plan.TitleFr), plan.StartYear, plan.EndYear, today,
            new DashboardFilter(groupSlug, categoryCode, filter.PlanSlug is null ? null : StrategicPlan.SlugOf(shown.StartYear, shown.EndYear), asked),
            links.Values.ToList(), categories, plan.Kinds, objectives,
            new LocalisationFigures(committee.HeldByLocalNationalOrRegional, seatCommitment,
                plan.NewMembers, plan.NewLocalOrNational, plan.NewMembersTarget, groups.Count, groups.Count(g => g.CoLed)),
            mainTally.Where(t => IsOverdue(t.Status, t.PastDue, today)).Sum(t => t.Count),
            overdue.Select(a => new OverdueActivity(a.Id, a.Title, links[a.WorkingGroupId], a.ObjectiveCode, a.Status, a.DueDate,
                ActivityAttention.Assess(a.Status, a.StartDate, a.DueDate, a.LastUpdate, today))).ToList(),
            silent)
        {
            AsOf = asOf,
            PlanSlug = StrategicPlan.SlugOf(shown.StartYear, shown.EndYear),
            PlanStatus = shown.Status,
            ResultsOn = shown.ClosedOn is { } closed ? StrategicPlan.ResultsDay(shown.EndYear, closed) : null,
            IsOtherPlan = shown.Status != PlanStatus.InForce,
            Plans = plans.Select(p => new PlanChoice(StrategicPlan.SlugOf(p.StartYear, p.EndYear), p.StartYear, p.EndYear, p.Status)).ToList(),
        };
    }

    /// <summary>
    /// The plan the address asks for (<c>?plan=2018-2020</c>); else the plan in force on the day asked (<c>?on=</c>),
    /// the latest adopted if two overlap; else the plan in force; else the latest plan.
    /// </summary>
    private static PlanRow? Pick(IReadOnlyList<PlanRow> plans, string? slug, DateOnly? on) =>
        plans.FirstOrDefault(p => StrategicPlan.SlugOf(p.StartYear, p.EndYear) == slug)
        ?? (on is { } day ? plans.Where(p => StrategicPlan.WasInForceOn(p.Status, p.AdoptedOn, p.ClosedOn, day)).MaxBy(p => p.AdoptedOn) : null)
        ?? plans.FirstOrDefault(p => p.Status == PlanStatus.InForce)
        ?? plans.LastOrDefault();

    /// <summary>An indicator as the objective page shows it, with only its latest value: recorded, or computed today.</summary>
    private static IndicatorView Indicator(IndicatorRow i, decimal? computed, DateOnly today)
    {
        var latest = i.Metric is not null
            ? computed is { } value ? new IndicatorPoint(today, value, null, null) : null
            : i.LatestValue is { } recorded && i.LatestDate is { } date ? new IndicatorPoint(date, recorded, null, null) : null;
        return new IndicatorView(i.Id, new LocalizedText(i.NameEn, i.NameFr), i.Unit, i.Metric, i.Baseline, i.BaselineDate, i.Target, i.TargetDate,
            latest is null ? [] : [latest], IndicatorProgress.Assess(i.Baseline, i.BaselineDate, i.Target, i.TargetDate, latest?.Value, today, i.Milestones),
            i.Milestones, IndicatorDefinition.None, []);
    }

    private sealed class IndicatorRow
    {
        public int Id { get; init; }
        public string NameEn { get; init; } = "";
        public string NameFr { get; init; } = "";
        public IndicatorUnit Unit { get; init; }
        public ComputedMetric? Metric { get; init; }
        public decimal Baseline { get; init; }
        public DateOnly BaselineDate { get; init; }
        public decimal Target { get; init; }
        public DateOnly TargetDate { get; init; }
        public decimal? LatestValue { get; init; }
        public DateOnly? LatestDate { get; init; }
        public List<Milestone> Milestones { get; init; } = [];
        public DateOnly? FinalOn { get; init; }
        public decimal? FinalValue { get; init; }
    }

    private sealed class Tally
    {
        public int ObjectiveId { get; init; }
        public int WorkingGroupId { get; init; }
        public ActivityStatus Status { get; init; }
        public bool PastDue { get; init; }

        /// <summary>Counted under a cross-cutting element the activities contribute to, not their main one.</summary>
        public bool Contributed { get; init; }
        public int Count { get; init; }
        public int Percent { get; init; }
    }

    private sealed class Choice
    {
        public bool IsCategory { get; init; }
        public int Id { get; init; }
        public string Code { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string NameFr { get; init; } = "";
        public string ShortName { get; init; } = "";
        public int Order { get; init; }
        public bool CoLed { get; init; }
        public DateTime? LastUpdate { get; init; }
        public DateOnly? OpenSince { get; init; }
    }

    // The domain decides what "overdue" means; the tally only says whether the due date has passed.
    private static bool IsOverdue(ActivityStatus status, bool pastDue, DateOnly today) =>
        ActivityAttention.Assess(status, today, pastDue ? today.AddDays(-1) : today, null, today).HasFlag(AttentionReasons.Overdue);

    /// <summary>
    /// The live (not archived) activities of a plan, the same definition as the workplans, each as it stood on
    /// <paramref name="asOf"/> when given: the status and percent its last update recorded by the end of that day left it with
    /// (not started and 0% before any), and its last update by then.
    /// </summary>
    private static IQueryable<ActivityState> ActivitiesOf(AllianceDbContext db, int planId, DateOnly? asOf)
    {
        var live = db.Activities.AsNoTracking().Where(a => !a.IsArchived && a.Workplan.StrategicPlanId == planId);
        // Today the stored status and percent; a past day's from the history (every update counts today).
        var history = asOf is not null;
        var end = asOf is { } day ? day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : DateTime.MaxValue;
        return live.Select(a => new ActivityState
        {
            Id = a.Id, Title = a.Title, ObjectiveId = a.ObjectiveId, ObjectiveCode = a.Objective.Code, WorkingGroupId = a.Workplan.WorkingGroupId,
            GroupSlug = a.Workplan.WorkingGroup.Slug, CategoryCode = a.Category.Code, StartDate = a.StartDate, DueDate = a.DueDate,
            Status = !history ? a.Status
                : a.ProgressUpdates.Where(u => u.RecordedAt < end).OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id)
                    .Select(u => (ActivityStatus?)u.Status).FirstOrDefault() ?? ActivityStatus.NotStarted,
            PercentComplete = !history ? a.PercentComplete
                : a.ProgressUpdates.Where(u => u.RecordedAt < end).OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id)
                    .Select(u => (int?)u.PercentComplete).FirstOrDefault() ?? 0,
            LastUpdate = a.ProgressUpdates.Where(u => u.RecordedAt < end).Max(u => (DateTime?)u.RecordedAt),
        });
    }

    private sealed class ActivityState
    {
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public int ObjectiveId { get; init; }
        public string ObjectiveCode { get; init; } = "";
        public int WorkingGroupId { get; init; }
        public string GroupSlug { get; init; } = "";
        public string CategoryCode { get; init; } = "";
        public DateOnly StartDate { get; init; }
        public DateOnly DueDate { get; init; }
        public ActivityStatus Status { get; init; }
        public int PercentComplete { get; init; }
        public DateTime? LastUpdate { get; init; }
    }

    private sealed class PlanRow
    {
        public int Id { get; init; }
        public int StartYear { get; init; }
        public int EndYear { get; init; }
        public PlanStatus Status { get; init; }
        public DateOnly AdoptedOn { get; init; }
        public DateOnly? ClosedOn { get; init; }
    }
}
