using System.Text.RegularExpressions;
using Alliance.Data.Seeding;
using Alliance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alliance.Tests.Browser;

/// <summary>Signs a demo account in through the real form in Chromium, answering the second step when the account asks for one (the demo staff do).</summary>
public static partial class BrowserSignIn
{
    public static async Task SignInAsync(IPage page, string email, string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/Account/Login" : $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        var form = page.Locator("form.account-form");
        await form.Locator("input[type=email]").FillAsync(email);
        await form.Locator("input[type=password]").FillAsync(PortalClient.DemoPassword);
        await form.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(AwayFromLogin(), new() { Timeout = BrowserPortal.Timeout });
        if (page.Url.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            var second = page.Locator("form.account-form");
            await second.Locator("input[autocomplete=one-time-code]").FillAsync(Totp.Code(SeedOptions.DefaultDemoAuthenticatorKey));
            await second.Locator("button[type=submit]").ClickAsync();
        }
        if (returnUrl is null)
        {
            await Expect(page.Locator(".user-menu-name")).ToBeVisibleAsync();
        }
        else
        {
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        }
    }

    [GeneratedRegex(@"^(?!.*/Account/Login(\?|$)).*$")]
    private static partial Regex AwayFromLogin();
}
