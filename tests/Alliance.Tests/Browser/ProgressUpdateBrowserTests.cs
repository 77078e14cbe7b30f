using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ProgressUpdateBrowserTests(BrowserPortal portal)
{
    private const string GroupPage = "/working-groups/cpms";
    // Not by running an inline script: the content security policy refuses those whether scripts run or not.
    // The parser reads <noscript> as text only when the page may run scripts.
    private const string ScriptRuns =
        "() => { const d = document.createElement('div'); d.innerHTML = '<noscript><p></p></noscript>'; return d.querySelector('noscript p') === null; }";

    [Fact]
    public async Task Lead_UpdatesAnActivity_AndSeesItInTheHistoryAndOnTheGroupPage()
    {
        await using var context = await portal.NewContextAsync(javaScriptEnabled: true);
        var page = await context.NewPageAsync();

        var activityId = await portal.NewActivityAsync("cpms");

        await RecordingFailuresAsync(page, "update-js", () => UpdateActivityAsync(page, activityId, javaScriptEnabled: true));
    }

    [Fact]
    public async Task Lead_UpdatesAnActivity_WithJavaScriptDisabled()
    {
        await using var context = await portal.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();

        var activityId = await portal.NewActivityAsync("cpms");

        await RecordingFailuresAsync(page, "update-nojs", () => UpdateActivityAsync(page, activityId, javaScriptEnabled: false));
    }

    [Fact]
    public async Task GroupPageAndForm_InEnglishAndFrench_AreSavedAsScreenshots()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await BrowserSignIn.SignInAsync(page, "lead@alliance.test");
        await page.GotoAsync($"{GroupPage}?status=OnTrack");
        var formUrl = await page.Locator("a.update-link").First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException("The lead sees no update link on the group page.");

        await CaptureAsync(page, GroupPage, "working-group-en.png", "en", "h2#workplan", "Workplan");
        await CaptureAsync(page, formUrl, "progress-form-en.png", "en", "form.progress-form label[for=narrative]", "Narrative");
        await page.GotoAsync($"/culture/set?culture=fr&returnUrl={GroupPage}");
        await CaptureAsync(page, GroupPage, "working-group-fr.png", "fr", "h2#workplan", "Plan de travail");
        await CaptureAsync(page, formUrl, "progress-form-fr.png", "fr", "form.progress-form label[for=narrative]", "Compte rendu");
    }

    /// <summary>The lead updates an activity of their own (on track, 40%, made for this test) from the group page.</summary>
    private static async Task UpdateActivityAsync(IPage page, int activityId, bool javaScriptEnabled)
    {
        await BrowserSignIn.SignInAsync(page, "lead@alliance.test");
        await page.GotoAsync($"{GroupPage}?status=OnTrack");
        // The pages load no script of their own, so prove instead that the browser runs scripts or not.
        Assert.Equal(javaScriptEnabled, await page.EvaluateAsync<bool>(ScriptRuns));
        const int before = 40;
        const int after = before + 5;
        var narrative = $"Browser check {Guid.NewGuid():N}: two more country trainings delivered.";

        await page.Locator($"tr[data-activity-id='{activityId}'] a.update-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/activities/{activityId}/update$"));
        var form = page.Locator("form.progress-form");
        await Expect(form.Locator("#status")).ToHaveValueAsync("OnTrack");
        await Expect(form.Locator("#percent")).ToHaveValueAsync(before.ToString(CultureInfo.InvariantCulture));
        await form.Locator("#percent").FillAsync(after.ToString(CultureInfo.InvariantCulture));
        await form.Locator("#narrative").FillAsync(narrative);
        await form.Locator("button[type=submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/activities/{activityId}\\?recorded=true$"));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your progress update has been recorded." })).ToBeVisibleAsync();
        var entry = page.Locator("ol.progress-history li.progress-entry", new() { HasText = narrative });
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync($"{before}% → {after}%");
        await Expect(entry).ToContainTextAsync("Léa Lead");

        await page.Locator("p.breadcrumb a[href='working-groups/cpms']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/working-groups/cpms$"));
        await Expect(page.Locator($"tr[data-activity-id='{activityId}'] .percent-value")).ToHaveTextAsync($"{after}%");
    }

    /// <summary>A failing browser test leaves a screenshot of where it stood, and says which page that was.</summary>
    private static async Task RecordingFailuresAsync(IPage page, string name, Func<Task> test)
    {
        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        var path = Path.Combine(BrowserPortal.ScreenshotFolder, $"failed-{name}.png");
        File.Delete(path);
        try
        {
            await test();
        }
        catch (Exception failure)
        {
            var shot = $"screenshot at {path}";
            try
            {
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });
            }
            catch (PlaywrightException)
            {
                shot = "no screenshot: the page could not be captured";
            }
            throw new InvalidOperationException($"Failed on {page.Url}; {shot}.", failure);
        }
    }


    private static async Task CaptureAsync(IPage page, string url, string fileName, string language, string heading, string headingText)
    {
        await page.GotoAsync(url);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.Locator(heading)).ToHaveTextAsync(headingText);

        Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
        var path = Path.Combine(BrowserPortal.ScreenshotFolder, fileName);
        File.Delete(path);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is under 10 KB: the page probably did not render.");
    }
}
