using System.Net;
using Alliance.Data;
using Alliance.Domain.Workplans;
using Alliance.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

[Collection(PortalCollection.Name)]
public sealed class WorkingGroupPagesTests(PortalFactory portal)
{
    [Fact]
    public async Task GroupList_ShowsEveryGroup_WithItsLeadsActivityCountAndLastUpdate()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var page = await client.GetDocumentAsync("/working-groups");

        var rows = page.QuerySelectorAll("table.data-table tbody tr");
        Assert.Equal(9, rows.Length);
        var cpms = rows.Single(r => r.QuerySelector("a")!.GetAttribute("href") == "working-groups/cpms");
        Assert.Contains("Léa Lead (CPMS WG)", cpms.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cpms.QuerySelector("time"));
        Assert.NotEmpty(cpms.QuerySelectorAll(".status-count"));
    }

    [Fact]
    public async Task GroupPage_FiltersByStatus_WithPlainLinks()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        await using var db = CreateContext();
        var completed = await LiveActivities(db, "cpms").CountAsync(a => a.Status == ActivityStatus.Completed);

        var page = await client.GetDocumentAsync("/working-groups/cpms?status=Completed");

        var rows = page.QuerySelectorAll("tr[data-activity-id]");
        Assert.Equal(completed, rows.Length);
        Assert.All(rows, r => Assert.Equal("status-badge status-completed", r.QuerySelector(".status-badge")!.ClassName));
        Assert.Equal("true", page.QuerySelector("a.filter-link[href*='status=Completed']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task GroupPage_FiltersByObjective()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        await using var db = CreateContext();
        var objectiveB = await LiveActivities(db, "cpms").CountAsync(a => a.Objective.Code == "B");

        var page = await client.GetDocumentAsync("/working-groups/cpms?objective=B");

        Assert.Equal(objectiveB, page.QuerySelectorAll("tr[data-activity-id]").Length);
        Assert.Equal(["objective-b"], page.QuerySelectorAll("section.objective-activities h3").Select(h => h.Id));
    }

    [Fact]
    public async Task GroupPage_MarksOverdueAndSilentActivities_AsNeedingAttention()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        await using var db = CreateContext();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var open = await LiveActivities(db, "cpms")
            .Where(a => a.Status != ActivityStatus.Completed && a.Status != ActivityStatus.Cancelled && a.DueDate < today)
            .Select(a => a.Id).ToListAsync();
        var closed = await LiveActivities(db, "cpms").Where(a => a.Status == ActivityStatus.Completed).Select(a => a.Id).ToListAsync();

        var page = await client.GetDocumentAsync("/working-groups/cpms");

        Assert.NotEmpty(open);
        Assert.All(open, id => Assert.Contains("needs-attention", page.QuerySelector($"tr[data-activity-id='{id}']")!.ClassName ?? "", StringComparison.Ordinal));
        Assert.All(closed, id => Assert.DoesNotContain("needs-attention", page.QuerySelector($"tr[data-activity-id='{id}']")!.ClassName ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenActivityWithoutAnUpdateForMoreThanNinetyDays_IsMarked_OnBothPages()
    {
        var silent = await portal.NewActivityAsync("cpms", lastUpdateDaysAgo: 120);
        var recent = await portal.NewActivityAsync("cpms", lastUpdateDaysAgo: 10);
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var group = await client.GetDocumentAsync("/working-groups/cpms");
        var activity = await client.GetDocumentAsync($"/activities/{silent}");

        var silentRow = group.QuerySelector($"tr[data-activity-id='{silent}']")!;
        Assert.Contains("needs-attention", silentRow.ClassName, StringComparison.Ordinal);
        Assert.Equal(["No update for 90 days"], silentRow.QuerySelectorAll(".attention-flag").Select(f => f.TextContent));
        Assert.Empty(group.QuerySelector($"tr[data-activity-id='{recent}']")!.QuerySelectorAll(".attention-flag"));
        Assert.Equal(["No update for 90 days"], activity.QuerySelectorAll(".activity-summary .attention-flag").Select(f => f.TextContent));
    }

    [Fact]
    public async Task ArchivedActivity_IsHiddenFromTheGroupPage_ButItsPageAndHistoryRemain()
    {
        var id = await portal.NewActivityAsync("cpms", archived: true);
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var group = await client.GetDocumentAsync("/working-groups/cpms");
        var activity = await client.GetDocumentAsync($"/activities/{id}");

        Assert.Null(group.QuerySelector($"tr[data-activity-id='{id}']"));
        Assert.Single(activity.QuerySelectorAll("ol.progress-history li"));
    }

    [Fact]
    public async Task ActivityPage_ShowsTheHistoryNewestFirst()
    {
        await using var db = CreateContext();
        var activity = await LiveActivities(db, "cpms").OrderByDescending(a => a.ProgressUpdates.Count).FirstAsync();
        var expected = await db.ProgressUpdates.Where(u => u.ActivityId == activity.Id)
            .OrderByDescending(u => u.RecordedAt).Select(u => u.Id).ToListAsync();
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var page = await client.GetDocumentAsync($"/activities/{activity.Id}");

        Assert.True(expected.Count > 1);
        Assert.Equal(expected, page.QuerySelectorAll("li.progress-entry").Select(li => int.Parse(li.GetAttribute("data-update-id")!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task UnknownGroup_Is404Page()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var response = await client.GetAsync("/working-groups/no-such-group");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/activities/999999")).StatusCode);
        Assert.Contains("There is nothing at this address.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsOfAPastDay_EachActivityStandsAsItsLastUpdateByThatDayLeftIt_AndThePageIsReadOnly()
    {
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var end = new DateTime(2019, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        await using var db = CreateContext();
        var activities = await LiveActivities(db, "cpms").Include(a => a.ProgressUpdates).AsNoTracking().ToListAsync();
        // Computed here from the history, independently of the page's SQL.
        var expected = activities.ToDictionary(a => a.Id, a => a.ProgressUpdates.Where(u => u.RecordedAt < end)
            .OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id).Select(u => (Status: u.Status, Percent: u.PercentComplete)).FirstOrDefault((Status: ActivityStatus.NotStarted, Percent: 0)));
        Assert.Contains(activities, a => a.Status != expected[a.Id].Status);

        var page = await client.GetDocumentAsync("/working-groups/cpms?on=2019-06-30");

        var rows = page.QuerySelectorAll("tr[data-activity-id]");
        Assert.Equal(activities.Count, rows.Length);
        foreach (var row in rows)
        {
            var (status, percent) = expected[int.Parse(row.GetAttribute("data-activity-id")!, System.Globalization.CultureInfo.InvariantCulture)];
            Assert.Equal($"status-badge status-{status.ToString().ToLowerInvariant()}", row.QuerySelector(".status-badge")!.ClassName);
            Assert.Equal($"{percent}%", row.QuerySelector(".percent-value")!.TextContent.Trim());
        }
        Assert.Equal("2019-06-30", page.QuerySelector(".as-of-banner")!.GetAttribute("data-on"));
        // The lead of this group can update it today, not from a past day; nothing to download either.
        Assert.Empty(page.QuerySelectorAll("a.update-link"));
        Assert.Empty(page.QuerySelectorAll("a[download]"));
        Assert.All(page.QuerySelectorAll("a.filter-link"), a => Assert.Contains("on=2019-06-30", a.GetAttribute("href"), StringComparison.Ordinal));

        var onTrack = expected.Values.Count(e => e.Status == ActivityStatus.OnTrack);
        var filtered = await client.GetDocumentAsync("/working-groups/cpms?on=2019-06-30&status=OnTrack");
        Assert.Equal(onTrack, filtered.QuerySelectorAll("tr[data-activity-id]").Length);

        var list = await client.GetDocumentAsync("/working-groups?on=2019-06-30");
        var cpms = list.QuerySelectorAll("table.data-table tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == "working-groups/cpms?on=2019-06-30");
        Assert.Contains($"On track: {onTrack}", cpms.TextContent, StringComparison.Ordinal);
    }

    private static IQueryable<Activity> LiveActivities(AllianceDbContext db, string slug) =>
        db.Activities.Where(a => a.Workplan.WorkingGroup.Slug == slug && !a.IsArchived);

    private AllianceDbContext CreateContext() =>
        portal.ArrangeDb();

    [Fact]
    public async Task CoLeadsRotate_TheGroupPageShowsEveryTerm_AndAPastDayShowsTheCoLeadsOfThatDay()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var today = await client.GetDocumentAsync("/working-groups/community-level");
        var before = await client.GetDocumentAsync("/working-groups/community-level?on=2018-06-30");
        var list = await client.GetDocumentAsync("/working-groups?on=2018-06-30");

        // Save the Children handed its co-lead over to the Turkana Children's Rights Centre on 1 July 2019.
        var coLeads = today.QuerySelector(".facts div:first-child dd")!.TextContent;
        Assert.Contains("TCRC", coLeads, StringComparison.Ordinal);
        Assert.DoesNotContain("Save the Children", coLeads, StringComparison.Ordinal);
        var terms = today.QuerySelectorAll(".co-lead-terms li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("TCRC, since 7/1/2019", terms);
        Assert.Contains("Save the Children International, from 1/1/2017 until 7/1/2019", terms);
        var then = before.QuerySelector(".facts div:first-child dd")!.TextContent;
        Assert.Contains("Save the Children International", then, StringComparison.Ordinal);
        Assert.DoesNotContain("TCRC", then, StringComparison.Ordinal);
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("a.group-name")!.GetAttribute("href")!.Contains("community-level", StringComparison.Ordinal));
        Assert.Contains("Save the Children International", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("TCRC", row.TextContent, StringComparison.Ordinal);
    }
}
