using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;
using Alliance.Tests.Support;
using Alliance.Web.Features.Members;
using Alliance.Web.Features.SteeringCommittee;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

[Collection(PortalCollection.Name)]
public sealed class DashboardPageTests(PortalFactory portal)
{
    [Fact]
    public async Task ASavedChange_ShowsOnTheDashboardAtOnce_ThoughItIsCached()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        int ActivitiesOfA(AngleSharp.Html.Dom.IHtmlDocument page) =>
            int.Parse(page.QuerySelector("#objective-a .activity-total")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);
        var before = ActivitiesOfA(await client.GetDocumentAsync("/"));
        Assert.Equal(before, ActivitiesOfA(await client.GetDocumentAsync("/")));

        await portal.NewActivityAsync("cpms");

        Assert.Equal(before + 1, ActivitiesOfA(await client.GetDocumentAsync("/")));
    }

    [Fact]
    public async Task APastDay_ShowsEachActivityAsItsHistoryLeftIt_TheSeatsOfThatDay_AndABannerBackToToday()
    {
        var day = new DateOnly(2018, 6, 30);
        await using var scope = await portal.ScopeForUserAsync("member@alliance.test");
        var service = scope.ServiceProvider.GetRequiredService<Alliance.Web.Features.Dashboard.DashboardService>();
        Dictionary<string, int> expected;
        await using (var db = portal.ArrangeDb())
        {
            // The same day read by the domain, from every live activity of the plan in force and its updates.
            var activities = await db.Activities.AsNoTracking().Include(a => a.ProgressUpdates).Include(a => a.Objective)
                .Where(a => !a.IsArchived && a.Workplan.Plan.Status == PlanStatus.InForce).ToListAsync();
            expected = activities.Where(a => a.StatusOn(day) == ActivityStatus.Completed).GroupBy(a => a.Objective.Code).ToDictionary(g => g.Key, g => g.Count());
        }

        var past = (await service.GetAsync(new Alliance.Web.Features.Dashboard.DashboardFilter(On: day)))!;
        var today = (await service.GetAsync(Alliance.Web.Features.Dashboard.DashboardFilter.None))!;

        Assert.Equal(day, past.AsOf);
        Assert.Null(today.AsOf);
        Assert.All(past.Objectives, o => Assert.Equal(expected.GetValueOrDefault(o.Code), o.ByStatus.GetValueOrDefault(ActivityStatus.Completed)));
        Assert.True(past.Objectives.Sum(o => o.ByStatus.GetValueOrDefault(ActivityStatus.Completed))
            < today.Objectives.Sum(o => o.ByStatus.GetValueOrDefault(ActivityStatus.Completed)));
        // On 30 June 2018 one of the four seats vacant on adoption (13, from April 2018) had a regional holder; two by the deadline.
        Assert.Equal((1m, 2m), (past.Localisation.SeatCommitment!.Assessment.Achieved, today.Localisation.SeatCommitment!.Assessment.Achieved));

        var client = await portal.SignedInClientAsync("member@alliance.test");
        var page = await client.GetDocumentAsync("/?on=2018-06-30&group=cpms");
        Assert.Equal("2018-06-30", page.QuerySelector(".as-of-banner")!.GetAttribute("data-on"));
        Assert.Equal(".", page.QuerySelector(".as-of-banner a")!.GetAttribute("href"));
        // The filters keep the day.
        Assert.All(page.QuerySelectorAll(".dashboard-filters a"), a => Assert.StartsWith("?on=2018-06-30", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Null((await client.GetDocumentAsync("/?on=2099-01-01")).QuerySelector(".as-of-banner"));
    }

    private static readonly string[] Codes = ["A", "B", "C", "PREV", "CAPACITY"];

    [Fact]
    public async Task ASecondaryPriority_CountsTheActivitiesThatContributeToIt_BesidesTheirMainObjective_AndSaysSo()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        // The community-level task force: committees trainings (objective C, also prevention and capacity) and
        // health and education advocacy (objective A, also prevention).
        var page = await client.GetDocumentAsync("/?group=community-level");

        int Figure(string selector, string attribute) =>
            int.Parse(page.QuerySelector(selector)?.GetAttribute(attribute) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, Figure("#objective-prev [data-contributing]", "data-contributing"));
        Assert.Equal(1, Figure("#objective-capacity [data-contributing]", "data-contributing"));
        Assert.Equal(0, Figure("#objective-c [data-contributing]", "data-contributing"));
        await AssertCardsMatchAsync(page, a => a.Workplan.WorkingGroup.Slug == "community-level");
        Assert.Contains("of which 2 contribute besides their main element", page.QuerySelector("#objective-prev")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Strategic objectives", "Secondary priorities"], page.QuerySelectorAll("main h2[id^=kind-]").Select(h => h.TextContent));
        Assert.NotNull(page.QuerySelector("#kind-secondary-priority + p.help"));
        // Counted under each element on its card, but once in the plan's totals: the overdue total is the activities listed.
        var listed = page.QuerySelectorAll("#overdue-activities li").Length;
        Assert.InRange(listed, 1, 14);
        Assert.Equal($"({listed})", page.QuerySelector(".attention-total")!.TextContent);
    }

    [Fact]
    public async Task ObjectiveCards_ShowStatusCountsOverdueAndGroups_AsComputedFromTheDatabase()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var page = await client.GetDocumentAsync("/");

        await AssertCardsMatchAsync(page, a => true);
    }

    [Theory]
    [InlineData("cpms", null)]
    [InlineData(null, "advocacy")]
    [InlineData("cpms", "capacity-building")]
    public async Task Filters_ArePlainLinks_ThatChangeTheNumbers(string? group, string? category)
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        var all = await client.GetDocumentAsync("/");
        var query = string.Join("&", new[] { group is null ? null : $"group={group}", category is null ? null : $"category={category}" }.OfType<string>());

        var link = all.QuerySelectorAll("nav.dashboard-filters a.filter-link").Select(a => a.GetAttribute("href"));
        var page = await client.GetDocumentAsync("/?" + query);

        if (group is not null && category is null)
        {
            Assert.Contains($"?group={group}", link);
        }
        if (category is not null && group is null)
        {
            Assert.Contains($"?category={category}", link);
        }
        await AssertCardsMatchAsync(page, a => (group == null || a.Workplan.WorkingGroup.Slug == group) && (category == null || a.Category.Code == category));
        Assert.True(Total(page) < Total(all), "A filter narrows the figures.");
        Assert.All(page.QuerySelectorAll("a.filter-link.active"), a => Assert.Equal("true", a.GetAttribute("aria-current")));
    }

    [Fact]
    public async Task LocalisationPanel_ShowsTheSteeringCommitteeAndMemberRegisterFigures()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        await using var scope = await portal.ScopeForUserAsync("member@alliance.test");
        var committee = (await scope.ServiceProvider.GetRequiredService<SteeringCommitteeService>().GetOverviewAsync()).Figures;
        var members = await scope.ServiceProvider.GetRequiredService<MemberRegisterService>().GetFiguresAsync();
        await using var db = CreateContext();
        var groups = await db.WorkingGroups.CountAsync();
        var coLed = await db.WorkingGroups.CountAsync(g => g.CoLeads.Any(c => c.EndedOn == null &&
            (c.Organisation.Scope == Alliance.Domain.Members.OrganisationScope.Local || c.Organisation.Scope == Alliance.Domain.Members.OrganisationScope.National)));

        var page = await client.GetDocumentAsync("/");

        var seats = page.QuerySelector("#localisation-seats")!;
        var seatCommitment = Assert.Single(committee.SeatCommitments).Assessment;
        Assert.Equal(seatCommitment.Achieved.ToString(System.Globalization.CultureInfo.InvariantCulture), seats.GetAttribute("data-value"));
        Assert.Equal(seatCommitment.Required.ToString(System.Globalization.CultureInfo.InvariantCulture), seats.GetAttribute("data-target"));
        Assert.Contains("Missed", seats.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{committee.HeldByLocalNationalOrRegional} seats held today", seats.TextContent, StringComparison.Ordinal);
        var newMembers = page.QuerySelector("#localisation-members")!;
        Assert.Equal(members.NewLocalOrNational.ToString(), newMembers.GetAttribute("data-value"));
        Assert.Equal(members.NewMembers.ToString(), newMembers.GetAttribute("data-total"));
        Assert.Contains($"{Math.Round(members.NewLocalOrNationalShare):0}%", newMembers.TextContent, StringComparison.Ordinal);
        Assert.Contains("Target: 60%", newMembers.TextContent, StringComparison.Ordinal);
        var coLeads = page.QuerySelector("#localisation-coleads")!;
        Assert.Equal((coLed, groups).ToString(), (int.Parse(coLeads.GetAttribute("data-value")!), int.Parse(coLeads.GetAttribute("data-total")!)).ToString());
    }

    [Fact]
    public async Task NeedsAttention_LinksTheOldestOverdueActivity_AndEverySilentGroup()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        await using var db = CreateContext();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var oldest = await Live(db)
            .Where(a => a.Status != ActivityStatus.Completed && a.Status != ActivityStatus.Cancelled && a.DueDate < today)
            .OrderBy(a => a.DueDate).ThenBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var groups = await db.WorkingGroups.Select(g => new
        {
            g.Slug,
            Last = Live(db).Where(a => a.Workplan.WorkingGroupId == g.Id).SelectMany(a => a.ProgressUpdates).Max(u => (DateTime?)u.RecordedAt),
            Open = Live(db).Any(a => a.Workplan.WorkingGroupId == g.Id && a.Status != ActivityStatus.Completed && a.Status != ActivityStatus.Cancelled && a.StartDate <= today),
        }).ToListAsync();
        var silent = groups.Where(g => g.Open && (g.Last is null || DateOnly.FromDateTime(g.Last.Value).AddDays(Activity.StaleAfterDays) < today))
            .Select(g => g.Slug).Order().ToList();

        var page = await client.GetDocumentAsync("/");

        Assert.NotNull(page.QuerySelector($"#overdue-activities li[data-activity-id='{oldest}'] a[href='activities/{oldest}']"));
        Assert.Equal(silent, page.QuerySelectorAll("#silent-groups li").Select(li => li.GetAttribute("data-group")!).Order());
        Assert.All(page.QuerySelectorAll("#silent-groups li"), li => Assert.Equal($"working-groups/{li.GetAttribute("data-group")}", li.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task Dashboard_IsPlainHtml_WithAnSvgChartThatHasATitleAndATable()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var html = await client.GetStringAsync("/");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var chart = page.QuerySelector("figure#dashboard-status")!;
        Assert.Equal("Live activities by status, per objective", chart.QuerySelector("svg > title")!.TextContent);
        Assert.Equal(Total(page), chart.QuerySelectorAll("table tbody tr").Sum(r => int.Parse(r.QuerySelectorAll("td").Last().TextContent.Replace(",", "", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Dashboard_InFrench_ShowsItsOwnTextsInFrench()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var page = await client.GetDocumentAsync("/");

        Assert.Equal("Localisation : sièges, membres et codirection", page.QuerySelector("#localisation-title")!.TextContent);
        Assert.Equal("À surveiller", page.QuerySelector("#attention-title")!.TextContent);
        Assert.Contains("Avancement global", page.QuerySelector("#objective-a")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tous les groupes", page.QuerySelector("nav.dashboard-filters a.filter-link")!.TextContent);
    }

    private async Task AssertCardsMatchAsync(IHtmlDocument page, System.Linq.Expressions.Expression<Func<Activity, bool>> filter)
    {
        await using var db = CreateContext();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var activities = await Live(db).Where(filter)
            .Select(a => new { Objective = a.Objective.Code, Serves = a.Contributions.Select(c => c.Objective.Code).ToList(), a.Status, a.DueDate, Group = a.Workplan.WorkingGroup.Slug })
            .ToListAsync();
        foreach (var code in Codes)
        {
            var card = page.QuerySelector($"article#objective-{code.ToLowerInvariant()}")!;
            // An element's card counts the activities whose main element it is and those that contribute to it.
            var mine = activities.Where(a => a.Objective == code || a.Serves.Contains(code)).ToList();
            var shown = card.QuerySelectorAll(".status-count").ToDictionary(s => Enum.Parse<ActivityStatus>(s.GetAttribute("data-status")!), s => int.Parse(s.GetAttribute("data-count")!));
            Assert.Equal(mine.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count()), shown);
            if (mine.Count == 0)
            {
                Assert.Contains("No activities yet", card.TextContent, StringComparison.Ordinal);
                continue;
            }
            var overdue = mine.Count(a => a.Status != ActivityStatus.Completed && a.Status != ActivityStatus.Cancelled && a.DueDate < today);
            Assert.Equal(overdue.ToString(), card.QuerySelector(".objective-overdue")!.GetAttribute("data-overdue"));
            Assert.Equal(mine.Select(a => $"working-groups/{a.Group}").Distinct().Order(),
                card.QuerySelectorAll(".objective-groups a").Select(a => a.GetAttribute("href")!).Order());
        }
    }

    private static int Total(IHtmlDocument page) =>
        page.QuerySelectorAll(".activity-total").Sum(t => int.Parse(t.GetAttribute("data-total")!));

    private static IQueryable<Activity> Live(AllianceDbContext db) =>
        db.Activities.Where(a => !a.IsArchived && a.Workplan.Plan.Status == PlanStatus.InForce);

    private AllianceDbContext CreateContext() => portal.ArrangeDb();
}
