using System.Text.RegularExpressions;
using Alliance.Data.Seeding;
using Alliance.Tests.Support;
using Microsoft.Playwright;

namespace Alliance.Tests.Browser;

/// <summary>The sign-in's second step in Chromium, when the account asks for one (the demo staff do).</summary>
public static partial class BrowserSignIn
{
    public static async Task CompleteSecondFactorAsync(IPage page)
    {
        await page.WaitForURLAsync(AwayFromLogin(), new() { Timeout = BrowserPortal.Timeout });
        if (page.Url.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            var form = page.Locator("form.account-form");
            await form.Locator("input[autocomplete=one-time-code]").FillAsync(Totp.Code(SeedOptions.DefaultDemoAuthenticatorKey));
            await form.Locator("button[type=submit]").ClickAsync();
        }
    }

    [GeneratedRegex(@"^(?!.*/Account/Login(\?|$)).*$")]
    private static partial Regex AwayFromLogin();
}
