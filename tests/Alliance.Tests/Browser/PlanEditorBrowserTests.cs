using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Tests.Browser;

/// <summary>The secretariat builds a draft plan's structure in a real browser: kinds, a goal, a priority under it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanEditorBrowserTests(BrowserPortal portal)
{
    [Fact]
    public async Task PuttingADraftInForce_AsksWhatBecomesOfEachUnfinishedActivity_AndRefusesWhileOneIsUndecided()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        var shot = Path.Combine(BrowserPortal.ScreenshotFolder, "failed-closing-desk.png");
        File.Delete(shot);
        try
        {
            await BrowserSignIn.SignInAsync(page, "secretariat@alliance.test", "/plans/2021-2025/edit");
            await Expect(page.GetByTestId("interactive-ready")).ToBeAttachedAsync();
            var first = page.Locator("li.closing-activity").First;
            await first.Locator("select.closing-choice").SelectOptionAsync("CarriedOver");
            await Expect(first.Locator("select.closing-element")).ToBeVisibleAsync();
            await first.Locator("select.closing-element").SelectOptionAsync("3");
            await first.Locator("textarea").FillAsync("Needs another year.");

            await page.Locator(".in-force-desk").GetByRole(AriaRole.Button, new() { Name = "Put this plan in force" }).ClickAsync();

            var second = page.Locator("li.closing-activity").Nth(1);
            await Expect(second.Locator(".field-error")).ToContainTextAsync("Choose whether this activity is carried over, closed or dropped.");
            await Expect(first.Locator(".field-error")).ToHaveCountAsync(0);
            await Expect(first.Locator("textarea")).ToHaveValueAsync("Needs another year.");
            await Expect(page.Locator(".plan-status")).ToHaveAttributeAsync("data-status", "Draft");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, "closing-desk-phone.png"), FullPage = false });
        }
        catch (Exception failure)
        {
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new InvalidOperationException($"Failed on {page.Url}; screenshot at {shot}.", failure);
        }
    }

    [Fact]
    public async Task TheSecretariat_CreatesADraftPlan_AndBuildsAGoalWithAPriorityUnderIt()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        var shot = Path.Combine(BrowserPortal.ScreenshotFolder, "failed-plan-editor.png");
        File.Delete(shot);
        try
        {
            await BrowserSignIn.SignInAsync(page, "secretariat@alliance.test", "/plans");
            await page.GetByRole(AriaRole.Link, new() { Name = "New draft plan" }).ClickAsync();
            await Expect(page.GetByTestId("interactive-ready")).ToBeAttachedAsync();
            await page.Locator(".plan-title-en input").FillAsync("Alliance Strategy 2071–2075");
            await page.Locator(".plan-title-fr input").FillAsync("Stratégie de l'Alliance 2071-2075");
            await page.Locator(".plan-start-year input").FillAsync("2071");
            await page.Locator(".plan-end-year input").FillAsync("2075");
            await page.Locator(".plan-adopted-on input").FillAsync("2071-07-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create the draft" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/plans/2071-2075/edit$"));
            await Expect(page.GetByTestId("interactive-ready")).ToBeAttachedAsync();

            var kinds = page.Locator(".kind-desk");
            await AddKindAsync(kinds, "goal", "Overarching goal", "But général", "Overarching goals", "Buts généraux", labelledByCode: false);
            await AddKindAsync(kinds, "priority", "Strategic priority", "Priorité stratégique", "Strategic priorities", "Priorités stratégiques", labelledByCode: true);
            await Expect(kinds.Locator("li[data-kind]")).ToHaveCountAsync(2);

            var elements = page.Locator(".element-desk");
            // A priority without its texts is refused with a message, and what was typed stays.
            await elements.Locator("select.element-kind").SelectOptionAsync("goal");
            await elements.Locator(".element-code input").FillAsync("G");
            await elements.Locator(".element-title-en input").FillAsync("The centrality of children and their protection");
            await elements.GetByRole(AriaRole.Button, new() { Name = "Add an element" }).ClickAsync();
            await Expect(elements).ToContainTextAsync("is required");
            await Expect(elements.Locator(".element-title-en input")).ToHaveValueAsync("The centrality of children and their protection");
            await elements.Locator(".element-title-fr input").FillAsync("La centralité des enfants et de leur protection");
            await elements.Locator(".element-statement-en textarea").First.FillAsync("Recognised as essential and life-saving across the humanitarian system.");
            await elements.Locator(".element-statement-fr textarea").First.FillAsync("Reconnue comme essentielle et vitale dans tout le système humanitaire.");
            await elements.GetByRole(AriaRole.Button, new() { Name = "Add an element" }).ClickAsync();
            await Expect(elements.Locator("li[data-element=G]")).ToBeVisibleAsync();

            await elements.Locator("select.element-kind").SelectOptionAsync("priority");
            await elements.Locator("select.element-parent").SelectOptionAsync("G");
            await elements.Locator(".element-code input").FillAsync("1");
            await elements.Locator(".element-title-en input").FillAsync("Accountability to children");
            await elements.Locator(".element-title-fr input").FillAsync("Redevabilité envers les enfants");
            await elements.Locator(".element-statement-en textarea").First.FillAsync("Including their meaningful participation.");
            await elements.Locator(".element-statement-fr textarea").First.FillAsync("Y compris leur participation réelle.");
            await elements.GetByRole(AriaRole.Button, new() { Name = "Add an element" }).ClickAsync();
            await Expect(elements.Locator("li[data-element='1'][data-parent=G]")).ToContainTextAsync("Strategic priority 1 — Accountability to children");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotFolder, "plan-editor.png"), FullPage = true });

            // The draft's page shows the tree, and the priority under the goal.
            await page.GotoAsync("/plans/2071-2075");
            await Expect(page.Locator(".plan-structure li[data-element=G] li[data-element='1'] h3")).ToHaveTextAsync("Strategic priority 1 — Accountability to children");
            await Expect(page.Locator(".plan-status")).ToHaveAttributeAsync("data-status", "Draft");
        }
        catch (Exception failure)
        {
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new InvalidOperationException($"Failed on {page.Url}; screenshot at {shot}.", failure);
        }
    }

    private static async Task AddKindAsync(ILocator desk, string code, string nameEn, string nameFr, string pluralEn, string pluralFr, bool labelledByCode)
    {
        await desk.Locator(".kind-code input").FillAsync(code);
        await desk.Locator(".kind-name-en input").FillAsync(nameEn);
        await desk.Locator(".kind-name-fr input").FillAsync(nameFr);
        await desk.Locator(".kind-plural-en input").FillAsync(pluralEn);
        await desk.Locator(".kind-plural-fr input").FillAsync(pluralFr);
        if (labelledByCode)
        {
            await desk.Locator(".kind-labelled input").CheckAsync();
        }
        await desk.GetByRole(AriaRole.Button, new() { Name = "Add a kind of element" }).ClickAsync();
        await Expect(desk.Locator($"li[data-kind='{code}']")).ToBeVisibleAsync();
    }
}
