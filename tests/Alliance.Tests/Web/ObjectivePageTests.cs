using System.Globalization;
using System.Net;
using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Tests.Support;
using Alliance.Web.Resources;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Alliance.Tests.Web;

/// <summary>The objective pages as a member reads them, on the shared demo portal.</summary>
[Collection(PortalCollection.Name)]
public sealed class ObjectivePageTests(PortalFactory portal)
{
    [Theory]
    [InlineData(false, "Course completion records", "Every year", "unchanged", "1,000 (12/31/2020) → 1,500 (12/31/2020)")]
    [InlineData(true, "Relevés d'achèvement des cours", "Chaque année", "inchangée", "1 000 (31/12/2020) → 1 500 (31/12/2020)")]
    public async Task AnIndicator_ShowsHowItIsMeasured_ItsMilestonesWithTheValueThen_AndItsRebaselining(
        bool french, string source, string frequency, string baselineChange, string targetChange)
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        if (french)
        {
            await client.InFrenchAsync();
        }

        var page = await client.GetDocumentAsync("/objectives/capacity");

        var trained = page.QuerySelectorAll("section.indicator").Single(i => i.QuerySelector("table.indicator-rebaselines") is not null);
        var definition = trained.QuerySelector("dl.indicator-definition")!.QuerySelectorAll("dd").Select(dd => dd.TextContent.Trim()).ToList();
        Assert.Contains(source, definition);
        Assert.Contains(frequency, definition);
        var milestones = trained.QuerySelectorAll("table.indicator-milestones tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, milestones.Count);
        Assert.Equal(["400", "420"], milestones[0][1..]);
        Assert.Equal(["900", "910"], milestones[1][1..]);
        var change = Assert.Single(trained.QuerySelectorAll("table.indicator-rebaselines tbody tr")).QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("Secretariat", change[1]);
        Assert.Equal(baselineChange, change[2]);
        Assert.Equal(targetChange, change[3].Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.StartsWith("Raised at the mid-term review", change[4], StringComparison.Ordinal);
        // The computed indicator says where its figures come from.
        var computed = page.QuerySelectorAll("section.indicator").Single(i => i != trained);
        Assert.Contains(french ? "Responsables des groupes de travail" : "Working-group leads",
            computed.QuerySelector("dl.indicator-definition")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ObjectivePage_InEnglish_ShowsStatementIndicatorsChartAndActivitiesByGroup()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var page = await client.GetDocumentAsync("/objectives/b");

        Assert.StartsWith("Strategic objective B — ", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var (statement, activities) = await ObjectiveFactsAsync("B", french: false);
        Assert.Equal(statement, page.QuerySelector(".objective-statement")!.TextContent);
        var indicators = page.QuerySelectorAll("section.indicator").ToList();
        Assert.Equal(2, indicators.Count);
        var recorded = indicators.Single(i => i.QuerySelector("h3")!.TextContent.StartsWith("Share of new Alliance technical resources", StringComparison.Ordinal));
        Assert.Equal("85% on 12/31/2020", recorded.QuerySelector(".indicator-latest")!.TextContent);
        Assert.Contains("40% on 1/1/2018", recorded.TextContent, StringComparison.Ordinal);
        Assert.Contains("90% by 12/31/2020", recorded.TextContent, StringComparison.Ordinal);
        Assert.Equal("Target missed", recorded.QuerySelector(".indicator-standing")!.TextContent);
        Assert.Equal("90%", recorded.QuerySelector(".percent-value")!.TextContent);
        var chart = recorded.QuerySelector("svg[role=img]")!;
        Assert.Equal("Values of “Share of new Alliance technical resources based on a documented evidence review” over time", chart.QuerySelector("title")!.TextContent);
        Assert.Equal("From 40% at the baseline (1/1/2018) to 85% on 12/31/2020; the target is 90% by 12/31/2020.", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(4, chart.QuerySelectorAll("circle").Length);
        Assert.Equal(["85%", "72%", "55%"], recorded.QuerySelectorAll("table.indicator-history td.num").Select(td => td.TextContent));
        var computed = indicators.Single(i => i != recorded);
        Assert.Equal("Computed from the portal's data, always current", computed.QuerySelector(".indicator-kind")!.TextContent);
        Assert.EndsWith($" on {DateTime.UtcNow:M/d/yyyy}", computed.QuerySelector(".indicator-latest")!.TextContent, StringComparison.Ordinal);

        var groups = page.QuerySelectorAll("section.contributing-group")
            .ToDictionary(g => g.Id!["group-".Length..], g => g.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).Order().ToList());
        Assert.Equal(activities.Keys.Order(), groups.Keys.Order());
        Assert.All(activities, group => Assert.Equal(group.Value.Order(), groups[group.Key]));
    }

    [Fact]
    public async Task ObjectivePage_InFrench_ShowsTheSameInFrench()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var page = await client.GetDocumentAsync("/objectives/B");

        Assert.StartsWith("Objectif stratégique B — ", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var (statement, _) = await ObjectiveFactsAsync("B", french: true);
        Assert.Equal(statement, page.QuerySelector(".objective-statement")!.TextContent);
        var recorded = page.QuerySelectorAll("section.indicator")
            .Single(i => i.QuerySelector("h3")!.TextContent.StartsWith("Part des nouvelles ressources techniques", StringComparison.Ordinal));
        Assert.Equal("85 % au 31/12/2020", recorded.QuerySelector(".indicator-latest")!.TextContent);
        Assert.Equal("Cible manquée", recorded.QuerySelector(".indicator-standing")!.TextContent);
        Assert.StartsWith("De 40 % au départ (01/01/2018) à 85 % le 31/12/2020", recorded.QuerySelector("svg desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Indicateurs", "Activités contributives"], page.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task ObjectivePage_IsPlainHtml_WithNoScriptAndNoCircuit()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var html = await client.GetStringAsync("/objectives/c");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--Blazor:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardCards_LinkToTheObjectivePages()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var dashboard = await client.GetDocumentAsync("/");

        var links = dashboard.QuerySelectorAll(".objective-card h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("objectives/c", links);
        Assert.Contains("objectives/prev", links);
    }

    [Fact]
    public async Task ObjectivePage_OffersIndicatorManagement_ToStaffOnly()
    {
        var member = await (await portal.SignedInClientAsync("member@alliance.test")).GetDocumentAsync("/objectives/a");
        var secretariat = await (await portal.SignedInClientAsync("secretariat@alliance.test")).GetDocumentAsync("/objectives/a");

        Assert.Null(member.QuerySelector("a[href='objectives/a/indicators']"));
        Assert.NotNull(secretariat.QuerySelector("a[href='objectives/a/indicators']"));
    }

    [Fact]
    public async Task UnknownObjective_Is404()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/objectives/zz")).StatusCode);
    }

    [Fact]
    public void EveryStanding_HasANameInEnglishAndFrench()
    {
        var text = portal.Services.GetRequiredService<IStringLocalizer<ObjectiveStrings>>();
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in new[] { "en", "fr" })
            {
                CultureInfo.CurrentUICulture = new CultureInfo(language);
                Assert.All(Enum.GetValues<IndicatorProgress.Standing>(), standing => Assert.False(text[$"Standing_{standing}"].ResourceNotFound, $"{language}: {standing}"));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The statement and the live activities per group slug, read straight from the database.</summary>
    private async Task<(string Statement, Dictionary<string, List<string>> Activities)> ObjectiveFactsAsync(string code, bool french)
    {
        await using var db = portal.ArrangeDb();
        var objective = await db.Objectives.SingleAsync(o => o.Code == code);
        var activities = await db.Activities.Where(a => a.ObjectiveId == objective.Id && !a.IsArchived)
            .Select(a => new { a.Workplan.WorkingGroup.Slug, a.Title }).ToListAsync();
        return (french ? objective.StatementFr : objective.StatementEn,
            activities.GroupBy(a => a.Slug).ToDictionary(g => g.Key, g => g.Select(a => a.Title).ToList()));
    }
}
