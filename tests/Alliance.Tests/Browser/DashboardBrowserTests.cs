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

    [Fact]
    public async Task Member_ReadsThePastDashboard_OnAPhone_WithTheDayNamed_AndComesBackToToday()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await BrowserSignIn.SignInAsync(page, "member@alliance.test", "/?on=2018-06-30");

        var banner = page.Locator(".as-of-banner");
        await Expect(banner).ToContainTextAsync("Saturday, June 30, 2018");
        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, "dashboard-past-phone.png"), FullPage = false });
        await banner.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.Locator(".as-of-banner")).ToHaveCountAsync(0);
        await Expect(page.Locator("#objective-a .activity-total")).ToBeVisibleAsync();
    }
}
