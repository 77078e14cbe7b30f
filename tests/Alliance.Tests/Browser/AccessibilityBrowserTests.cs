using Alliance.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Tests.Browser;

/// <summary>axe-core on the pages members and leads use most: no serious or critical violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserPortal portal)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Theory]
    [InlineData("/", "en")]
    [InlineData("/", "fr")]
    [InlineData("/working-groups/cpms", "en")]
    [InlineData("/steering-committee", "en")]
    [InlineData("/members", "fr")]
    [InlineData("/objectives/c", "en")]
    public async Task Page_HasNoSeriousOrCriticalViolations(string path, string language)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "member@alliance.test");
        await page.GotoAsync($"/culture/set?culture={language}&returnUrl={Uri.EscapeDataString(path)}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    [Fact]
    public async Task ProgressForm_HasNoSeriousOrCriticalViolations()
    {
        var activityId = await portal.NewActivityAsync("cpms");
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "lead@alliance.test");
        await page.GotoAsync($"/activities/{activityId}/update");

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking.Select(v => $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
