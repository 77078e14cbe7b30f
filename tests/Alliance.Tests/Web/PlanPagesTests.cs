using System.Net;
using Alliance.Domain.Plans;
using Alliance.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Web;

/// <summary>The plan pages: every plan, and one plan whole with its commitments assessed from the portal's data.</summary>
[Collection(PortalCollection.Name)]
public sealed class PlanPagesTests(PortalFactory portal)
{
    [Fact]
    public async Task Plans_ListsThe2018To2020Plan_WithItsPeriodAdoptionAndStatus()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var row = (await client.GetDocumentAsync("/plans")).QuerySelector("tr[data-plan='2018-2020']")!;

        Assert.Equal("plans/2018-2020", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("3/9/2018", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("InForce", row.QuerySelector(".plan-status")!.GetAttribute("data-status"));
        Assert.Contains("5 elements, 2 commitments", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePlanPage_InFrench_ShowsItsMission_ItsKeyReference_ItsPrecepts_ItsStructure_AndItsCommitmentsVerdicts()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var page = await client.GetDocumentAsync("/plans/2018-2020");

        Assert.Equal("Plan stratégique de l'Alliance 2018-2020", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("La mission de l'Alliance pour la protection de l'enfance", page.QuerySelector(".plan-mission")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(SMPE)", page.QuerySelector(".plan-reference")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Axé sur le terrain", "Centré sur l'enfant", "Axé sur la famille et la communauté"],
            page.QuerySelectorAll(".plan-precepts dt").Select(dt => dt.TextContent));
        Assert.Equal(["A", "B", "C", "PREV", "CAPACITY"], page.QuerySelectorAll(".plan-structure li").Select(li => li.GetAttribute("data-element")));
        var seats = page.QuerySelector("[data-commitment=C-SEATS]")!;
        Assert.Equal("Manqué", seats.QuerySelector(".verdict-badge")!.TextContent);
        Assert.Equal(4, seats.QuerySelectorAll(".commitment-evidence li").Length);
        var members = page.QuerySelector("[data-commitment=C-MEMBERS]")!;
        Assert.Equal("Atteint", members.QuerySelector(".verdict-badge")!.TextContent);
        Assert.Contains("au moins 60 %", members.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tel qu’à l’échéance, le 31/12/2020", members.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(members.QuerySelectorAll(".commitment-members li[data-counts=true]"));
    }

    [Fact]
    public async Task ADraftPlansStructure_IsShownToStaffToItsFullDepth_WithTheKindsThePlanNames_AndToNobodyElse()
    {
        await using (var db = portal.ArrangeDb())
        {
            // An earlier period than any plan in force, so that no other page takes it for the current plan.
            if (!await db.StrategicPlans.AnyAsync(p => p.StartYear == 2011))
            {
                var plan = new StrategicPlan("Plan 2011–2013", "Plan 2011-2013", 2011, 2013, new DateOnly(2011, 2, 1));
                var goal = plan.AddElementKind("goal", new("Goal", "But"), new("Goals", "Buts"));
                var priority = plan.AddElementKind("priority", new("Priority", "Priorité"), new("Priorities", "Priorités"), labelledByCode: true);
                var objective = plan.AddElementKind("objective", new("Objective", "Objectif"), new("Objectives", "Objectifs"), labelledByCode: true);
                var top = plan.AddObjective("G", goal, new("Children are protected", "Les enfants sont protégés"), new("Goal.", "But."));
                var first = plan.AddObjective("1", priority, new("Accountability", "Redevabilité"), new("Priority.", "Priorité."), top);
                plan.AddObjective("1.1", objective, new("Participation", "Participation"), new("Objective.", "Objectif."), first);
                plan.AddObjective("2", priority, new("Localisation", "Localisation"), new("Priority.", "Priorité."), top);
                db.StrategicPlans.Add(plan);
                await db.SaveChangesAsync();
            }
        }
        var client = await (await portal.SignedInClientAsync("secretariat@alliance.test")).InFrenchAsync();
        var member = await portal.SignedInClientAsync("member@alliance.test");

        var page = await client.GetDocumentAsync("/plans/2011-2013");

        // A draft is the staff's until it is put in force.
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/plans/2011-2013")).StatusCode);
        Assert.Null((await member.GetDocumentAsync("/plans")).QuerySelector("tr[data-plan='2011-2013']"));
        Assert.NotNull((await client.GetDocumentAsync("/plans")).QuerySelector("tr[data-plan='2011-2013'] [data-status=Draft]"));
        Assert.Equal("plans/2011-2013/edit", page.QuerySelector("a.button-link[href$=edit]")?.GetAttribute("href"));

        var goalItem = page.QuerySelector(".plan-structure > li[data-element=G]")!;
        Assert.Equal("But", goalItem.QuerySelector(".plan-element-kind")!.TextContent);
        Assert.Equal(["1", "2"], goalItem.QuerySelectorAll(":scope > .plan-structure > li").Select(li => li.GetAttribute("data-element")));
        var deep = goalItem.QuerySelector("li[data-element='1'] > .plan-structure > li[data-element='1.1']")!;
        Assert.Equal("Objectif 1.1 — Participation", deep.QuerySelector("h3")!.TextContent);
        Assert.Equal("Les enfants sont protégés", goalItem.QuerySelector("h3")!.TextContent);
    }

    [Theory]
    [InlineData("/plans/1999-2000")]
    [InlineData("/plans/not-a-plan")]
    [InlineData("/plans/2018-2020-2022")]
    public async Task APeriodWithNoPlan_IsNotFound(string url)
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }
}
