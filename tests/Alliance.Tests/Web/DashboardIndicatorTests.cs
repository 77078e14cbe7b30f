using System.Globalization;
using Alliance.Tests.Support;
using Alliance.Web.Features.Dashboard;
using Alliance.Web.Features.Objectives;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>The dashboard cards list their objective's indicators with the same figures as the objective pages, whatever the filter.</summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardIndicatorTests(PortalFactory portal)
{
    public static TheoryData<string?, string?> Filters => new() { { null, null }, { "cpms", null }, { null, "advocacy" }, { "cpms", "capacity-building" } };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EveryIndicatorOfEveryObjective_EqualsTheObjectivePages_Unfiltered(string? group, string? category)
    {
        await using var scope = await portal.ScopeForUserAsync("member@alliance.test");
        var dashboard = (await scope.ServiceProvider.GetRequiredService<DashboardService>().GetAsync(new DashboardFilter(group, category)))!;
        var objectives = scope.ServiceProvider.GetRequiredService<ObjectiveService>();

        Assert.Contains(dashboard.Objectives.SelectMany(o => o.Indicators), i => i.IsComputed && i.Latest is not null);
        Assert.Contains(dashboard.Objectives.SelectMany(o => o.Indicators), i => !i.IsComputed && i.Latest is not null);
        foreach (var objective in dashboard.Objectives)
        {
            var page = (await objectives.GetObjectiveAsync(objective.Code))!;
            Assert.Equal(page.Indicators.Select(i => i.Id), objective.Indicators.Select(i => i.Id));
            foreach (var (shown, expected) in objective.Indicators.Zip(page.Indicators))
            {
                // The dashboard leaves out how an indicator is measured and its re-baselinings; its milestones are the page's.
                Assert.Equal(expected, shown with
                {
                    History = expected.History, Milestones = expected.Milestones, Definition = expected.Definition, Rebaselines = expected.Rebaselines,
                });
                Assert.Equal(expected.Milestones, shown.Milestones);
                Assert.Equal(expected.Latest?.Value, shown.Latest?.Value);
                Assert.Equal(expected.Latest?.Date, shown.Latest?.Date);
            }
        }
    }

    [Fact]
    public async Task EveryCard_ListsItsIndicators_WithTheirLatestValueAndStanding()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        await using var scope = await portal.ScopeForUserAsync("member@alliance.test");
        var objectives = scope.ServiceProvider.GetRequiredService<ObjectiveService>();

        var page = await client.GetDocumentAsync("/");

        var cards = page.QuerySelectorAll("article.objective-card");
        Assert.NotEmpty(cards);
        Assert.Null(page.QuerySelector("#indicators-unfiltered"));
        foreach (var card in cards)
        {
            var code = card.Id!["objective-".Length..];
            var expected = (await objectives.GetObjectiveAsync(code))!.Indicators;
            var items = card.QuerySelectorAll("li.objective-indicator");
            Assert.Equal(expected.Select(i => i.Id.ToString(CultureInfo.InvariantCulture)), items.Select(li => li.GetAttribute("data-indicator-id")));
            foreach (var (item, indicator) in items.Zip(expected))
            {
                Assert.Equal(indicator.Name.En, item.QuerySelector(".objective-indicator-name")!.TextContent.Trim());
                var summary = item.QuerySelector("dl.indicator-summary")!;
                Assert.Equal(indicator.Latest?.Value.ToString(CultureInfo.InvariantCulture) ?? "", summary.GetAttribute("data-latest") ?? "");
                Assert.Equal(indicator.Progress.Status.ToString(), summary.GetAttribute("data-standing"));
                Assert.NotNull(summary.QuerySelector(".indicator-latest"));
            }
        }
    }

    [Fact]
    public async Task AFilteredDashboard_ShowsTheSameIndicators_AndSaysTheyAreUnfiltered()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        static IEnumerable<string?> Latest(IHtmlDocument page) =>
            page.QuerySelectorAll("dl.indicator-summary").Select(d => d.GetAttribute("data-latest") + "|" + d.GetAttribute("data-standing"));

        var all = await client.GetDocumentAsync("/");
        var filtered = await client.GetDocumentAsync("/?group=cpms&category=advocacy");

        Assert.NotEmpty(Latest(all));
        Assert.Equal(Latest(all), Latest(filtered));
        Assert.NotNull(filtered.QuerySelector("#indicators-unfiltered"));
    }
}
