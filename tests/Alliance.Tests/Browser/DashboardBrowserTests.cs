using Alliance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserPortal portal)
{
    [Theory]
    [InlineData("en", "Strategic objectives")]
    [InlineData("fr", "Objectifs stratégiques")]
    public async Task Member_ReadsTheDashboard_WithJavaScriptDisabled(string language, string heading)
    {
        await using var context = await portal.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/culture/set?culture={language}&returnUrl=/Account/Login");
        var form = page.Locator("form.account-form");
        await form.Locator("input[type=email]").FillAsync("member@alliance.test");
        await form.Locator("input[type=password]").FillAsync(PortalClient.DemoPassword);
        await form.Locator("button[type=submit]").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        foreach (var code in new[] { "a", "b", "c" })
        {
            await Expect(page.Locator($"#objective-{code} .activity-total")).ToBeVisibleAsync();
        }
        await Expect(page.Locator("#localisation-seats")).ToBeVisibleAsync();
        await Expect(page.Locator("figure#dashboard-status svg")).ToBeVisibleAsync();

        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        var path = Path.Combine(BrowserPortal.ScreenshotFolder, $"dashboard-{language}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
