using System.Net;
using Alliance.Data.Identity;
using Alliance.Tests.Support;
using Alliance.Tests.Web;
using Alliance.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Tests.Browser;

/// <summary>The content security policy and the circuit limits as Chromium meets them, on a real Kestrel port.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityBrowserTests(BrowserPortal portal)
{
    // Reported by the browser itself: an event per refused script, style, frame or connection.
    private const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(`${e.violatedDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
        """;

    /// <summary>One click on each interactive page that only a working circuit answers, MudBlazor's scripts included.</summary>
    private static readonly Dictionary<string, Func<IPage, Task>> s_probes = new(StringComparer.Ordinal)
    {
        ["/admin/users"] = page => OpensAnEditorAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "New account" })),
        ["/working-groups/{Slug}/manage"] = page => OpensAnEditorAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add activity" })),
        ["/objectives/{Code}/indicators"] = page => OpensAnEditorAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Define an indicator" })),
        ["/steering-committee/manage"] = page => OpensAnEditorAsync(page, page.Locator("button[aria-label^='Assign seat']").First),
        ["/members/new"] = OpensAChoiceListAsync,
        ["/plans/new"] = page => AnswersAnEmptySaveAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Create the draft" })),
        ["/plans/{Slug}/edit"] = page => AnswersAnEmptySaveAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add a category of work" })),
        ["/members/{Id:int}/edit"] = OpensAChoiceListAsync,
    };

    [Fact]
    public async Task EveryPage_WorksUnderTheContentSecurityPolicy_WithNoViolationReported()
    {
        var pages = (await PortalRoutes.AllAsync(portal)).Where(r => r.Page is not null).ToList();
        var interactive = pages.Where(r => r.IsInteractivePage).Select(r => r.Pattern).ToList();
        Assert.True(interactive.Count >= 5, $"Only {interactive.Count} interactive pages found.");
        Assert.All(interactive, pattern => Assert.True(s_probes.ContainsKey(pattern), $"{pattern} is interactive: give it a probe here."));

        await using var context = await portal.NewContextAsync();
        await context.AddInitScriptAsync(ViolationRecorder);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                console.Add($"{page.Url}: {message.Text}");
            }
        };
        await BrowserSignIn.SignInAsync(page, "admin@alliance.test");

        var violations = new List<string>();
        foreach (var route in pages)
        {
            try
            {
                await page.GotoAsync(route.Url);
                if (route.IsInteractivePage)
                {
                    // Clicks before the circuit is up are lost.
                    await Expect(page.GetByTestId("interactive-ready")).ToBeAttachedAsync();
                    await s_probes[route.Pattern](page);
                    await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
                }
            }
            catch (Exception failure)
            {
                var shot = Path.Combine(BrowserPortal.ScreenshotFolder, "failed-content-security-policy.png");
                Directory.CreateDirectory(BrowserPortal.ScreenshotFolder);
                await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
                throw new InvalidOperationException($"Failed on {page.Url}; screenshot at {shot}.", failure);
            }
            violations.AddRange((await page.EvaluateAsync<string[]>("window.__cspViolations")).Select(v => $"{route.Url}: {v}"));
        }

        Assert.True(violations.Count + console.Count == 0, string.Join("\n", violations.Concat(console)));
    }

    [Fact]
    public async Task AUser_BeyondTheCircuitLimit_GetsNoCircuit_UntilOneOfTheirsCloses()
    {
        const string desk = "/steering-committee/manage";
        var circuits = portal.Services.GetRequiredService<CircuitsPerUser>();
        string userId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("secretariat@alliance.test"))!.Id;
        }
        await using var context = await portal.NewContextAsync();
        await BrowserSignIn.SignInAsync(await context.NewPageAsync(), "secretariat@alliance.test");

        var tabs = new List<IPage>();
        while (circuits.CountFor(userId) < circuits.Limit)
        {
            Assert.True(tabs.Count < circuits.Limit, "More tabs opened than the limit allows circuits.");
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(desk);
            await Expect(tab.GetByTestId("interactive-ready")).ToBeAttachedAsync();
            tabs.Add(tab);
        }
        var refused = await context.NewPageAsync();
        await refused.GotoAsync(desk);

        // The portal's "reload" banner, and a page that stays as the server first rendered it.
        await Expect(refused.Locator("#blazor-error-ui")).ToBeVisibleAsync();
        await Expect(refused.GetByTestId("interactive-ready")).Not.ToBeAttachedAsync();
        Assert.Equal(circuits.Limit, circuits.CountFor(userId));

        // Leaving a desk ends its circuit (the browser says so as the page goes); then there is room again.
        await tabs[0].GotoAsync("/");
        for (var waited = 0; circuits.CountFor(userId) >= circuits.Limit; waited += 100)
        {
            Assert.True(waited < BrowserPortal.Timeout, "The circuit of the tab that left was never closed.");
            await Task.Delay(100);
        }
        await refused.ReloadAsync();
        await Expect(refused.GetByTestId("interactive-ready")).ToBeAttachedAsync();

        // Leave every desk as a person does, so that no circuit of this account outlives the test
        // (closed with the browser context, they would count for minutes against the next test's).
        foreach (var tab in tabs.Append(refused))
        {
            await tab.GotoAsync("/");
        }
        for (var waited = 0; circuits.CountFor(userId) > 0; waited += 100)
        {
            Assert.True(waited < BrowserPortal.Timeout, $"{circuits.CountFor(userId)} circuits of the tabs that left were never closed.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Kestrel_NamesNoServer_AndSendsTheSecurityHeaders()
    {
        using var client = new HttpClient { BaseAddress = portal.BaseAddress };

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecurityHeadersTests.AssertSecurityHeaders(response);
    }

    private static async Task OpensAnEditorAsync(IPage page, ILocator button)
    {
        var fields = page.Locator("main input:visible, main textarea:visible, main select:visible");
        var before = await fields.CountAsync();
        await button.ClickAsync();
        await Expect(fields).Not.ToHaveCountAsync(before);
    }

    /// <summary>A save with nothing typed, which only the circuit can answer with its messages; nothing is saved.</summary>
    private static async Task AnswersAnEmptySaveAsync(IPage page, ILocator button)
    {
        await button.ClickAsync();
        await Expect(page.Locator("main .form-error-summary").First).ToBeVisibleAsync();
    }

    private static async Task OpensAChoiceListAsync(IPage page)
    {
        await page.Locator("main .mud-select").First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
    }
}
