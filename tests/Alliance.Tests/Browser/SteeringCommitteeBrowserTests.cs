using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SteeringCommitteeBrowserTests(BrowserPortal portal)
{
    [Theory]
    [InlineData("en", 1280, "Missed", "As it stood on")]
    [InlineData("fr", 390, "Manqué", "Tel qu’au")]
    public async Task AMember_ReadsTheSeatCommitment_AndTheCommitteeAsOfTheAdoptionDay_OnADesktopAndAPhone(
        string language, int width, string verdict, string banner)
    {
        await using var context = await portal.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 844);
        await page.GotoAsync($"/culture/set?culture={language}&returnUrl=/Account/Login");
        var form = page.Locator("form.account-form");
        await form.Locator("input[type=email]").FillAsync("member@alliance.test");
        await form.Locator("input[type=password]").FillAsync(PortalClient.DemoPassword);
        await form.Locator("button[type=submit]").ClickAsync();
        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);

        await page.GotoAsync("/steering-committee");
        var commitment = page.Locator("[data-commitment=C-SEATS]");
        await Expect(commitment.Locator(".verdict-badge")).ToHaveTextAsync(verdict);
        await Expect(commitment.Locator(".commitment-evidence li")).ToHaveCountAsync(4);
        await commitment.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, $"seat-commitment-{language}.png") });

        await page.GotoAsync("/steering-committee?on=2018-03-09");
        await Expect(page.Locator(".as-of-banner")).ToContainTextAsync(banner);
        await Expect(page.Locator("[data-figure=vacant] .figure-number")).ToHaveTextAsync("4");
        // Nothing wider than the screen: the phone reads the page without scrolling sideways.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, $"steering-committee-2018-03-09-{language}.png"), FullPage = false });
    }

    [Fact]
    public async Task Secretariat_FillsAVacantSeat_AndSeesTheFiguresChange()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        var shot = Path.Combine(BrowserPortal.ScreenshotFolder, "failed-steering-committee.png");
        File.Delete(shot);
        try
        {
            await BrowserSignIn.SignInAsync(page, "secretariat@alliance.test");
            await page.GotoAsync("/steering-committee");
            var (held, vacant) = (await FigureAsync(page, "held"), await FigureAsync(page, "vacant"));
            Assert.True(vacant > 0, "The demo committee has no vacant seat to fill.");

            await page.GetByRole(AriaRole.Link, new() { Name = "Manage seats" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/steering-committee/manage$"));
            // Clicks before the circuit is up are lost.
            await Expect(page.GetByTestId("interactive-ready")).ToBeAttachedAsync();
            var assign = page.Locator("button[aria-label^='Assign seat']").First;
            var seat = int.Parse((await assign.GetAttributeAsync("aria-label"))!["Assign seat ".Length..], CultureInfo.InvariantCulture);
            await assign.ClickAsync();
            var editor = page.Locator(".seat-editor");
            await Expect(editor.Locator("h2")).ToHaveTextAsync($"Assign seat {seat}");
            var choice = editor.Locator("#seat-organisation option:not([value=''])").First;
            var organisation = (await choice.TextContentAsync())!.Split(" — ")[0].Trim();
            await editor.Locator("#seat-organisation").SelectOptionAsync(new SelectOptionValue { Value = await choice.GetAttributeAsync("value") });
            await editor.Locator("#seat-representative").FillAsync("Aminata Traoré");
            await editor.Locator("button[type=submit]").ClickAsync();

            var done = page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Seat {seat} is now held by" });
            await Expect(done).ToBeVisibleAsync();
            await Expect(page.Locator($"tr[data-seat='{seat}']")).ToContainTextAsync("Aminata Traoré");
            await done.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, "seat-desk-confirmation.png") });

            await page.GetByRole(AriaRole.Link, new() { Name = "Back to the steering committee" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/steering-committee$"));
            Assert.Equal(held + 1, await FigureAsync(page, "held"));
            Assert.Equal(vacant - 1, await FigureAsync(page, "vacant"));
            await Expect(page.Locator($"li.seat-tile[data-seat='{seat}'] .seat-tile-state")).Not.ToContainTextAsync("Vacant");
            await Expect(page.Locator($"#seat-{seat}")).ToContainTextAsync(organisation.Split(" (")[0]);
        }
        catch (Exception failure)
        {
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new InvalidOperationException($"Failed on {page.Url}; screenshot at {shot}.", failure);
        }
    }

    private static async Task<int> FigureAsync(IPage page, string figure) =>
        int.Parse(await page.Locator($"[data-figure={figure}] .figure-number").InnerTextAsync(), CultureInfo.InvariantCulture);
}
