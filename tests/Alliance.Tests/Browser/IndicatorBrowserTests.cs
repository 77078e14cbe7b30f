using System.Text.RegularExpressions;
using Alliance.Tests.Browser;
using Alliance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Tests.Browser;

/// <summary>The interactive indicator page in Chromium, as the secretariat uses it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IndicatorBrowserTests(BrowserPortal portal)
{
    [Fact]
    public async Task Secretariat_RecordsAValue_AfterARefusedOne_AndTheObjectivePageShowsIt()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        var shot = Path.Combine(BrowserPortal.ScreenshotFolder, "failed-indicators.png");
        File.Delete(shot);
        try
        {
            await BrowserSignIn.SignInAsync(page, "secretariat@alliance.test", "/objectives/b");
            await page.GetByRole(AriaRole.Link, new() { Name = "Manage indicators" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/objectives/b/indicators$"));
            // Clicks before the circuit is up are lost.
            await Expect(page.GetByTestId("interactive-ready")).ToBeAttachedAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Record a value" }).ClickAsync();
            var editor = page.Locator(".indicator-value-editor");
            var value = editor.Locator(".indicator-value-input input");

            await value.FillAsync("101");
            await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(editor).ToContainTextAsync("Value is a percentage and must be between 0 and 100.");
            await Expect(value).ToHaveValueAsync("101");

            await value.FillAsync("88");
            await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Value recorded for");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, "indicator-desk.png"), FullPage = true });

            await page.GetByRole(AriaRole.Link, new() { Name = "Back to Strategic objective B" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/objectives/b$"));
            await Expect(page.Locator("section.indicator .indicator-latest").Filter(new() { HasText = "88%" })).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, "objective-b.png"), FullPage = true });

            // The value saved on the circuit is in the audit trail, with the address the circuit connected from.
            await page.GotoAsync("/admin/audit?entity=IndicatorValue");
            var entry = page.Locator("tr[data-audit-id]").First;
            await Expect(entry).ToContainTextAsync("Sam Diallo");
            await Expect(entry).ToContainTextAsync("127.0.0.1");
            await Expect(entry).ToContainTextAsync("record a value of indicator");
            await Expect(entry).ToContainTextAsync("88");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, "audit-trail.png"), FullPage = false });
        }
        catch (Exception failure)
        {
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new InvalidOperationException($"Failed on {page.Url}; screenshot at {shot}.", failure);
        }
    }

    [Fact]
    public async Task Secretariat_MovesATarget_IsAskedWhy_AddsAMilestone_AndTheObjectivePageShowsTheChange()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        var shot = Path.Combine(BrowserPortal.ScreenshotFolder, "failed-rebaseline.png");
        File.Delete(shot);
        try
        {
            await BrowserSignIn.SignInAsync(page, "secretariat@alliance.test", "/objectives/prev/indicators");
            await Expect(page.GetByTestId("interactive-ready")).ToBeAttachedAsync();
            var row = page.Locator("tr[data-indicator]").Filter(new() { HasText = "dedicated prevention component" });
            await row.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
            var target = page.GetByLabel("Target", new() { Exact = true });
            await target.FillAsync("9");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add a milestone" }).ClickAsync();
            await page.GetByLabel("Milestone date").FillAsync("2019-12-31");
            await page.GetByLabel("Value to reach").FillAsync("5");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(page.Locator(".mud-input-control").Filter(new() { HasText = "Reason" })).ToContainTextAsync("Reason is required.");
            await Expect(target).ToHaveValueAsync("9");

            await page.GetByLabel("Reason").FillAsync("A ninth product was commissioned.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, "indicator-rebaseline-desk.png"), FullPage = true });

            await page.GotoAsync("/objectives/prev");
            var card = page.Locator("section.indicator").Filter(new() { HasText = "dedicated prevention component" });
            await Expect(card.Locator("table.indicator-rebaselines tbody tr")).ToContainTextAsync("A ninth product was commissioned.");
            await Expect(card.Locator("table.indicator-rebaselines tbody tr")).ToContainTextAsync("8 (12/31/2020) → 9 (12/31/2020)");
            await Expect(card.Locator("table.indicator-milestones tbody tr")).ToContainTextAsync("5");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, "objective-prev.png"), FullPage = true });
        }
        catch (Exception failure)
        {
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new InvalidOperationException($"Failed on {page.Url}; screenshot at {shot}.", failure);
        }
    }
}
