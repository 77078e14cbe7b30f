using System.Globalization;
using System.Net;
using Alliance.Data;
using Alliance.Tests.Support;
using Alliance.Web.Features;
using Alliance.Web.Features.SteeringCommittee;
using Alliance.Web.Resources;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Alliance.Tests.Web;

/// <summary>
/// The steering-committee pages as the demo data stood on 1 June 2019, when seat 7's holder was
/// about to leave, seats 13 and 16 of the four vacant when the plan was adopted (13, 16, 18, 21)
/// were held by local, national or regional organisations, and seats 18 to 21 were vacant.
/// </summary>
public sealed class SteeringCommitteePageTests(SteeringCommitteePageTests.PortalOnFirstJune2019 portal)
    : IClassFixture<SteeringCommitteePageTests.PortalOnFirstJune2019>
{
    private static readonly DateOnly Today = PortalOnFirstJune2019.Today;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task KeyFigures_CountHeldVacantAndLocalSeats_AndTheSeatCommitmentCountsTheSeatsVacantOnAdoption()
    {
        var page = await PageAsync("member@alliance.test");

        Assert.Equal("17", Figure(page, "held"));
        Assert.Equal("4", Figure(page, "vacant"));
        Assert.Equal("4", Figure(page, "local"));
        Assert.Equal("2", Figure(page, "target"));
        var target = page.QuerySelector("[data-figure=target]")!;
        Assert.Equal("Open", target.QuerySelector(".verdict-badge")!.TextContent.Trim());
        Assert.Contains("Deadline: 12/31/2020", target.TextContent, StringComparison.Ordinal);
        Assert.Contains("Seats vacant when the plan was adopted (3/9/2018)", target.TextContent, StringComparison.Ordinal);
        Assert.Equal(
        [
            "Seat 13: East Africa Child Protection Coalition, since 4/1/2018",
            "Seat 16: Kivu Child Rights Network, since 2/1/2019",
            "Seat 18: vacant",
            "Seat 21: vacant",
        ], target.QuerySelectorAll(".commitment-evidence li").Select(li => Squash(li.TextContent)));
        Assert.Equal(["true", "true", "false", "false"], target.QuerySelectorAll(".commitment-evidence li").Select(li => li.GetAttribute("data-counts")));
        var vacancies = page.QuerySelectorAll("[data-figure=vacant] li").Select(li => Squash(li.TextContent)).ToList();
        Assert.Equal(
        [
            $"Seat 18: vacant since 9/30/2017 ({DaysSince(2017, 9, 30)} days)",
            $"Seat 19: vacant since 3/31/2018 ({DaysSince(2018, 3, 31)} days)",
            $"Seat 20: vacant since 6/30/2018 ({DaysSince(2018, 6, 30)} days)",
            "Seat 21: never held",
        ], vacancies);
        Assert.Equal("steering-committee#seat-18", page.QuerySelector("[data-figure=vacant] li a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Grid_HasTwentyOneTiles_EachSayingItsStateInWords_AndLinkingToItsRow()
    {
        var page = await PageAsync("member@alliance.test");

        var tiles = page.QuerySelectorAll("ol.seat-grid li.seat-tile");
        Assert.Equal(Enumerable.Range(1, 21).Select(n => n.ToString(CultureInfo.InvariantCulture)), tiles.Select(t => t.GetAttribute("data-seat")));
        string[] local = ["13", "14", "15", "16"], vacant = ["18", "19", "20", "21"];
        foreach (var tile in tiles)
        {
            var seat = tile.GetAttribute("data-seat")!;
            var (state, words) = local.Contains(seat) ? ("HeldByLocalNationalOrRegional", "Local, national or regional organisation")
                : vacant.Contains(seat) ? ("Vacant", "Vacant")
                : ("HeldByInternational", "International organisation");
            Assert.Equal(state, tile.GetAttribute("data-state"));
            Assert.Equal(words, Squash(tile.QuerySelector(".seat-tile-state")!.TextContent)[2..]);
            Assert.Equal($"steering-committee#seat-{seat}", tile.QuerySelector("a")!.GetAttribute("href"));
            Assert.NotNull(page.GetElementById($"seat-{seat}"));
        }
        Assert.Equal("UNICEF", tiles[0].QuerySelector(".seat-tile-holder")!.TextContent.Trim());
        Assert.Equal("Holder leaving", tiles[6].QuerySelector(".seat-tile-flag")!.TextContent.Trim());
        Assert.Equal(
            ["International organisation (13)", "Local, national or regional organisation (4)", "Vacant (4)"],
            page.QuerySelectorAll(".seat-legend li").Select(li => Squash(li.TextContent)[2..]));
    }

    [Fact]
    public async Task Table_ShowsHolderTypeScopeRepresentativeTermAndStatus()
    {
        var page = await PageAsync("member@alliance.test");

        var unicef = Cells(page, 1);
        Assert.Equal("United Nations Children's Fund (UNICEF) Multilateral · Global", unicef[1]);
        Assert.Equal(["Margaret Okello", "1/15/2017", "6/30/2027"], unicef[2..5]);
        Assert.Equal("Held History (1)", unicef[5]);
        var kivu = Cells(page, 16);
        Assert.Equal("Kivu Child Rights Network (KCRN) Partner-country-based NGO · Local · Congo - Kinshasa", kivu[1]);
        var leaving = page.GetElementById("seat-7")!;
        Assert.Equal("Held; the holder leaves on 6/30/2019", leaving.QuerySelector(".seat-status")!.TextContent);
        Assert.Equal("Jordanian Society for Child Wellbeing takes the seat on 9/1/2019", leaving.QuerySelector(".incoming-holder")!.TextContent);
        Assert.Equal($"Vacant since 9/30/2017 ({DaysSince(2017, 9, 30)} days) History (1)", Cells(page, 18)[5]);
        Assert.Equal(["No holder", "—", "—", "—", "Vacant, never held History (0)"], Cells(page, 21)[1..]);
        Assert.Equal("Leaving", page.GetElementById("seat-7")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task History_ListsEveryTenureNewestFirst_AndTheTableOpensItWithoutScript()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var page = await client.GetDocumentAsync("/steering-committee");
        var opened = await client.GetDocumentAsync(page.QuerySelector("#seat-7 a.history-link")!.GetAttribute("href")!);
        var mistyped = await client.GetDocumentAsync("/steering-committee?seat=seven");

        var history = page.GetElementById("history-7")!;
        Assert.Equal("details", history.LocalName);
        Assert.False(history.HasAttribute("open"));
        var tenures = history.QuerySelectorAll("li.tenure").Select(li => Squash(li.TextContent)).ToList();
        Assert.Equal(2, tenures.Count);
        Assert.StartsWith("Jordanian Society for Child Wellbeing (JSCW)", tenures[0], StringComparison.Ordinal);
        Assert.EndsWith("Representative: Nour Haddad Since 9/1/2019, term ends on 8/31/2027", tenures[0], StringComparison.Ordinal);
        Assert.StartsWith("Safeguard Analytics Ltd Private sector · Global · United Kingdom", tenures[1], StringComparison.Ordinal);
        Assert.EndsWith("From 3/1/2017 to 6/30/2019 (the term was to end on 2/28/2020)", tenures[1], StringComparison.Ordinal);
        Assert.Equal("This seat has never been held.", page.GetElementById("history-21")!.QuerySelector(".empty")!.TextContent);
        Assert.Equal(["history-7"], opened.QuerySelectorAll("details[open]").Select(d => d.Id));
        Assert.Empty(mistyped.QuerySelectorAll("details[open]"));
    }

    [Fact]
    public async Task Page_IsPlainHtml_WithNoScriptAndNoCircuit()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var html = await client.GetStringAsync("/steering-committee");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--Blazor:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"steering-committee/seats.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"steering-committee/seats.csv\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_InFrench_HasFrenchLabelsAndDates()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var page = await client.GetDocumentAsync("/steering-committee");

        Assert.Equal("Comité directeur", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Sièges occupés", page.QuerySelector("[data-figure=held] h3")!.TextContent);
        Assert.Equal("En cours", page.QuerySelector(".verdict-badge")!.TextContent.Trim());
        Assert.Contains("Échéance : 31/12/2020", page.QuerySelector("[data-figure=target]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Vacant depuis le 30/09/2017", Cells(page, 18)[5], StringComparison.Ordinal);
        Assert.Equal("Organisation locale, nationale ou régionale", Squash(page.QuerySelector("li[data-seat='13'] .seat-tile-state")!.TextContent)[2..]);
    }

    [Fact]
    public async Task AsOfTheDayThePlanWasAdopted_FourSeatsWereVacant_AndThePageSaysWhichDayItShows()
    {
        var client = await portal.SignedInClientAsync("secretariat@alliance.test");

        var page = await client.GetDocumentAsync("/steering-committee?on=2018-03-09");

        Assert.Equal("4", Figure(page, "vacant"));
        Assert.Equal(["13", "16", "18", "21"], page.QuerySelectorAll("[data-figure=vacant] li a").Select(a => a.TextContent.Replace("Seat ", "", StringComparison.Ordinal)));
        var banner = page.QuerySelector(".as-of-banner")!;
        Assert.Equal("2018-03-09", banner.GetAttribute("data-on"));
        Assert.Contains("As it stood on Friday, March 9, 2018", Squash(banner.TextContent), StringComparison.Ordinal);
        Assert.Equal("steering-committee", banner.QuerySelector("a")!.GetAttribute("href"));
        // What came later is not shown: seat 16's holder (from 2019), and no desk or download for another day.
        Assert.Contains("Vacant", page.QuerySelector("li[data-seat='16'] .seat-tile-state")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Kivu Child Rights Network", page.QuerySelector("#history")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a.manage-link"));
        // Links within the page keep the day.
        Assert.Equal("steering-committee?on=2018-03-09#seat-13", page.QuerySelector("[data-figure=vacant] li a")!.GetAttribute("href"));
        Assert.Equal("steering-committee?seat=1&on=2018-03-09#history-1", page.QuerySelector("a.history-link")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("a[href='steering-committee/seats.csv']"));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2018-02-30")]
    [InlineData("1999-12-31")]
    [InlineData("2999-01-01")]
    public async Task AMalformedOrImpossibleDay_IsIgnored_AndThePageShowsToday(string on)
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var page = await client.GetDocumentAsync($"/steering-committee?on={on}");

        Assert.Null(page.QuerySelector(".as-of-banner"));
        Assert.Equal("17", Figure(page, "held"));
    }

    [Theory]
    [InlineData("member@alliance.test", false)]
    [InlineData("lead@alliance.test", false)]
    [InlineData("secretariat@alliance.test", true)]
    [InlineData("admin@alliance.test", true)]
    public async Task ManageLink_IsShownToTheSecretariatAndAdministratorsOnly(string email, bool shown)
    {
        var page = await PageAsync(email);

        Assert.Equal(shown, page.QuerySelector("a[href='steering-committee/manage']") is not null);
    }

    [Theory]
    [InlineData("member@alliance.test")]
    [InlineData("lead@alliance.test")]
    public async Task ManagePage_SendsOthersToAccessDenied(string email)
    {
        var client = await portal.SignedInClientAsync(email);

        var response = await client.GetAsync("/steering-committee/manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagePage_ListsEverySeat_WithTheActionsItsStateAllows()
    {
        var client = await portal.SignedInClientAsync("secretariat@alliance.test");

        var page = await client.GetDocumentAsync("/steering-committee/manage");

        Assert.Equal("Manage the steering committee", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(21, page.QuerySelectorAll("table.managed-seats tbody tr[data-seat]").Length);
        Assert.Equal(["Assign seat 18"], Buttons(page, 18));
        Assert.Equal(["End the tenure on seat 1", "Renew the term on seat 1", "Change the representative on seat 1"], Buttons(page, 1));
        // Seat 7's holder leaves on 30 June and its successor's tenure is already recorded: the actions concern the successor.
        Assert.Equal(["End the tenure on seat 7", "Renew the term on seat 7", "Change the representative on seat 7"], Buttons(page, 7));
        Assert.Contains("Jordanian Society for Child Wellbeing", page.QuerySelector("tr[data-seat='7']")!.TextContent, StringComparison.Ordinal);
        // Before the circuit starts, nothing can be clicked.
        Assert.All(page.QuerySelectorAll("table.managed-seats button"), b => Assert.True(b.HasAttribute("disabled")));
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string email) =>
        await (await portal.SignedInClientAsync(email)).GetDocumentAsync("/steering-committee");

    private static string Figure(IParentNode page, string figure) =>
        page.QuerySelector($"[data-figure={figure}] .figure-number, [data-figure={figure}] .commitment-number")!.TextContent.Trim();

    private static string[] Cells(IParentNode page, int seat) =>
        page.QuerySelectorAll($"#seat-{seat} > *").Select(c => Squash(c.TextContent)).ToArray();

    private static string[] Buttons(IParentNode page, int seat) =>
        page.QuerySelectorAll($"tr[data-seat='{seat}'] button").Select(b => b.GetAttribute("aria-label")!).ToArray();

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string DaysSince(int year, int month, int day) =>
        (Today.DayNumber - new DateOnly(year, month, day).DayNumber).ToString("N0", English);

    /// <summary>
    /// The seeded portal on its own database, with the steering-committee services reading the date as
    /// 1 June 2019. Only those services: sign-in and cookies keep the real clock.
    /// </summary>
    public sealed class PortalOnFirstJune2019 : PortalFactory
    {
        public static readonly DateOnly Today = new(2019, 6, 1);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var clock = new FixedClock(new DateTimeOffset(2019, 6, 1, 10, 0, 0, TimeSpan.Zero));
            builder.ConfigureTestServices(services =>
            {
                services.AddScoped(sp => ActivatorUtilities.CreateInstance<SteeringCommitteeService>(sp, (TimeProvider)clock));
                services.AddScoped(sp => ActivatorUtilities.CreateInstance<SeatAdministrationService>(sp, (TimeProvider)clock));
            });
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
