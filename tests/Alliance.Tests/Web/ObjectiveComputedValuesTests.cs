using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.Workplans;
using Alliance.Tests.Support;
using Alliance.Web.Features.Objectives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>
/// Computed indicators against a direct computation over the demo data, through the objective
/// page's read model. On its own portal: the edge cases add an objective and activities.
/// </summary>
public sealed class ObjectiveComputedValuesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task ComputedIndicators_OfObjectiveC_EqualADirectComputationOverTheDatabase()
    {
        await using var db = Db();
        var organisations = await db.Organisations.ToListAsync();
        var newMembers = organisations.Where(o => o.IsMemberOn(Today) && o.IsNewMember).ToList();
        var seats = await db.SteeringCommitteeSeats.Include(s => s.Tenures).ThenInclude(t => t.Organisation).ToListAsync();
        var groups = await db.WorkingGroups.Include(g => g.CoLeads).ThenInclude(c => c.Organisation).ToListAsync();
        var objectiveC = await db.Objectives.SingleAsync(o => o.Code == "C");
        var activities = await db.Activities.Where(a => a.ObjectiveId == objectiveC.Id && !a.IsArchived && a.Status != ActivityStatus.Cancelled).ToListAsync();

        var page = await ObjectiveAsync("c");

        Assert.Equal(Math.Round(100m * newMembers.Count(o => o.IsLocalOrNational) / newMembers.Count, 1), Latest(page, ComputedMetric.NewMembersLocalOrNationalPercent));
        Assert.True(Latest(page, ComputedMetric.NewMembersLocalOrNationalPercent) > 60m, "The demo data says over 60%.");
        // The plan's seat commitment: of the seats vacant on 9 March 2018, those held by local, national or regional organisations.
        Assert.Equal(CommitmentAssessment.VacantSeatsFilled(new DateOnly(2018, 3, 9), new DateOnly(2020, 12, 31), Today, seats).Achieved,
            Latest(page, ComputedMetric.SeatsHeldByLocalNationalOrRegional));
        Assert.Equal(2m, Latest(page, ComputedMetric.SeatsHeldByLocalNationalOrRegional));
        Assert.Equal(Math.Round(100m * groups.Count(g => g.CoLeadsOn(Today).Any(c => c.Organisation.IsLocalOrNational)) / groups.Count, 1),
            Latest(page, ComputedMetric.GroupsCoLedByLocalOrNationalPercent));
        Assert.NotEmpty(activities);
        Assert.Equal(Math.Round(100m * activities.Count(a => a.Status == ActivityStatus.Completed) / activities.Count, 1),
            Latest(page, ComputedMetric.ObjectiveActivitiesCompletedPercent));
    }

    [Fact]
    public async Task EveryObjective_HasBothKindsOfIndicator_WithTheComputedOnesCurrent()
    {
        await using var db = Db();
        var codes = await db.Objectives.Where(o => o.Plan.Status == PlanStatus.InForce).Select(o => o.Code).ToListAsync();

        foreach (var code in codes)
        {
            var page = await ObjectiveAsync(code);
            Assert.Contains(page.Indicators, i => !i.IsComputed && i.Latest is not null);
            Assert.Contains(page.Indicators, i => i.IsComputed && i.Latest?.Date == Today);
        }
    }

    [Fact]
    public async Task ActivitiesCompleted_WithNoActivities_IsNoData_AndCancelledOnesDoNotCount()
    {
        var code = await NewObjectiveAsync();

        var empty = Indicator(await ObjectiveAsync(code));
        await AddActivityAsync(code, ActivityStatus.Cancelled);
        var allCancelled = Indicator(await ObjectiveAsync(code));
        await AddActivityAsync(code, ActivityStatus.Completed);
        await AddActivityAsync(code, ActivityStatus.OnTrack);
        await AddActivityAsync(code, ActivityStatus.Cancelled);
        var half = Indicator(await ObjectiveAsync(code));

        Assert.Null(empty.Latest);
        Assert.Equal(IndicatorProgress.Standing.NoData, empty.Progress.Status);
        Assert.Null(allCancelled.Latest);
        Assert.Equal(50m, half.Latest!.Value);
        Assert.Equal(50, half.Progress.PercentOfWay);

        static IndicatorView Indicator(ObjectiveDetails page) => page.Indicators.Single(i => i.Metric == ComputedMetric.ObjectiveActivitiesCompletedPercent);
    }

    private static decimal? Latest(ObjectiveDetails page, ComputedMetric metric) => page.Indicators.Single(i => i.Metric == metric).Latest?.Value;

    private async Task<ObjectiveDetails> ObjectiveAsync(string code)
    {
        await using var scope = await portal.ScopeForUserAsync("member@alliance.test");
        return (await scope.ServiceProvider.GetRequiredService<ObjectiveService>().GetObjectiveAsync(code))!;
    }

    private AllianceDbContext Db() => portal.ArrangeDb();

    private async Task<string> NewObjectiveAsync()
    {
        await using var db = Db();
        var plan = await db.StrategicPlans.Include(p => p.ElementKinds).SingleAsync(p => p.Status == PlanStatus.InForce);
        var code = $"T{Guid.NewGuid():N}"[..8].ToUpperInvariant();
        // A plan in force keeps its structure (the domain refuses a new element), so the arrangement writes the row itself.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO Objectives (StrategicPlanId, KindId, Code, TitleEn, TitleFr, StatementEn, StatementFr, SortOrder, Version)
            VALUES ({plan.Id}, {plan.ElementKinds.Single(k => k.IsCrossCutting).Id}, {code}, 'Test', 'Test', 'Test.', 'Test.', 99, {Guid.NewGuid()})
            """);
        var objective = await db.Objectives.Include(o => o.Indicators).SingleAsync(o => o.Code == code);
        objective.AddComputedIndicator(new LocalizedText("Done", "Fait"), ComputedMetric.ObjectiveActivitiesCompletedPercent, 0, plan.StartsOn, 100, plan.EndsOn);
        await db.SaveChangesAsync();
        return code;
    }

    private async Task AddActivityAsync(string code, ActivityStatus status)
    {
        await using var db = Db();
        var workplan = await db.Workplans.Include(w => w.Activities).OrderBy(w => w.Id).FirstAsync();
        var objective = await db.Objectives.SingleAsync(o => o.Code == code);
        var activity = workplan.AddActivity(new ActivityDetails($"Test activity {Guid.NewGuid():N}", null, objective,
            await db.CategoriesOfWork.FirstAsync(), Today.AddDays(-30), Today.AddYears(1), null));
        var percent = status == ActivityStatus.Completed ? 100 : 10;
        activity.RecordProgress(new ProgressReport(status, percent, "Test.", null), "seed", "Seed", DateTime.UtcNow);
        await db.SaveChangesAsync();
    }
}
