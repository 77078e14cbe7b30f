using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;
using Alliance.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Web;

/// <summary>
/// The demo data as it ships: the 2021–2025 strategy put in force on 1 July 2021 by the portal's own closing, 2018–2020
/// closed with its figures of 31 December 2020, each of its unfinished activities carried over, closed or dropped.
/// </summary>
public sealed class DemoCycleTests(CurrentDemoPortal portal) : IClassFixture<CurrentDemoPortal>
{
    [Fact]
    public async Task TheDemo_Holds2018To2020Closed_WithItsVerdicts_And2021To2025InForce()
    {
        await using var db = portal.ArrangeDb();
        var plans = await db.StrategicPlans.Include(p => p.Commitments).Include(p => p.Objectives).ThenInclude(o => o.Indicators)
            .AsSplitQuery().OrderBy(p => p.StartYear).ToListAsync();

        Assert.Equal([(2018, PlanStatus.Closed), (2021, PlanStatus.InForce)], plans.Select(p => (p.StartYear, p.Status)));
        var closed = plans[0];
        Assert.Equal((new DateOnly(2021, 7, 1), new DateOnly(2020, 12, 31)), (closed.ClosedOn!.Value, closed.ResultsOn!.Value));
        Assert.All(closed.Objectives.SelectMany(o => o.Indicators), i => Assert.Equal(new DateOnly(2020, 12, 31), i.FinalOn));
        Assert.Equal(CommitmentVerdict.Missed, closed.Commitments.Single(c => c.Code == "C-SEATS").FinalVerdict);
        Assert.Equal(2m, closed.Commitments.Single(c => c.Code == "C-SEATS").FinalAchieved);
        Assert.Equal(CommitmentVerdict.Met, closed.Commitments.Single(c => c.Code == "C-MEMBERS").FinalVerdict);
        Assert.True(closed.Commitments.Single(c => c.Code == "C-MEMBERS").FinalAchieved > 60m);

        // Nothing of 2018–2020 awaits a decision; what was carried over is linked both ways and lives in a 2021–2025 workplan.
        var old = await db.Activities.Include(a => a.CarriedInto).ThenInclude(c => c!.Workplan)
            .Where(a => a.Workplan.StrategicPlanId == closed.Id && !a.IsArchived).ToListAsync();
        Assert.DoesNotContain(old, a => a.AwaitsDecision);
        var carried = old.Where(a => a.Disposition == ActivityDisposition.CarriedOver).ToList();
        Assert.NotEmpty(carried);
        Assert.All(carried, a => Assert.Equal(plans[1].Id, a.CarriedInto!.Workplan.StrategicPlanId));
        Assert.All(old.Where(a => a.Disposition is not null), a => Assert.False(string.IsNullOrWhiteSpace(a.DispositionReason)));
        Assert.Contains(await db.WorkingGroups.Include(g => g.Kind).ToListAsync(), g => g.Kind.Code == "initiative");
    }

    [Fact]
    public async Task AMember_Sees2021To2025OnTheDashboard_AndOpens2018To2020AsItClosed_InFrench()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var home = await client.GetDocumentAsync("/");
        var closed = await client.GetDocumentAsync("/?plan=2018-2020");
        var plan = await client.GetDocumentAsync("/plans/2018-2020");

        Assert.Contains("2021-2025", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Priorités stratégiques", home.QuerySelector("#kind-priority")!.TextContent);
        Assert.NotEmpty(home.QuerySelectorAll("article.objective-card .activity-total"));
        Assert.Equal("2020-12-31", closed.QuerySelector(".as-of-banner")!.GetAttribute("data-on"));
        Assert.Equal("Manqué", plan.QuerySelector("[data-commitment=C-SEATS] .verdict-badge")!.TextContent);
        Assert.NotEmpty(plan.QuerySelectorAll(".plan-results tbody tr .final-value"));
    }
}
