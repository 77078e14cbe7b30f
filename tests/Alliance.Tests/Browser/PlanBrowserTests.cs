using Alliance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PlanBrowserTests(BrowserPortal portal)
{
    [Theory]
    [InlineData("en", 1280, "Precepts")]
    [InlineData("fr", 390, "Préceptes")]
    public async Task AMember_ReadsThePlanPage_OnADesktopAndAPhone_WithoutJavaScript(string language, int width, string precepts)
    {
        await using var context = await portal.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 844);
        await page.GotoAsync($"/culture/set?culture={language}&returnUrl=/Account/Login");
        var form = page.Locator("form.account-form");
        await form.Locator("input[type=email]").FillAsync("member@alliance.test");
        await form.Locator("input[type=password]").FillAsync(PortalClient.DemoPassword);
        await form.Locator("button[type=submit]").ClickAsync();

        await page.GotoAsync("/plans");
        await page.Locator("tr[data-plan='2018-2020'] a").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = precepts })).ToBeVisibleAsync();
        await Expect(page.Locator(".plan-commitments [data-commitment]")).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, $"plan-2018-2020-{language}.png"), FullPage = true });
    }
}
