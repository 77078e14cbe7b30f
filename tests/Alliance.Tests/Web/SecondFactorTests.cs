using System.Net;
using Alliance.Domain.Accounts;
using Alliance.Tests.Support;
using Alliance.Web.Features.Administration;
using Alliance.Web.Features.Members;
using Alliance.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>Staff powers need a sign-in made with a second factor, on pages and in the changes behind them.</summary>
[Collection(PortalCollection.Name)]
public sealed class SecondFactorTests(PortalFactory portal)
{
    private const string Password = "lagoon-thistle-anchor-2026";

    [Fact]
    public async Task SecretariatWithAPasswordAlone_ReachesNoStaffPage_IsToldToSetUpTwoFactor_AndCanChangeNothingAsStaff()
    {
        var email = $"new.secretariat.{Guid.NewGuid():N}@alliance.test";
        await portal.CreateAccountAsync(new UserAccountForm { Email = email, DisplayName = "Nour Haddad", Roles = [AllianceRoles.Secretariat] }, Password);
        var client = await portal.SignedInClientAsync(email, Password);

        foreach (var page in new[] { "/members/new", "/admin/audit", "/steering-committee/manage" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString());
        }
        var denied = await client.GetStringAsync("/Account/AccessDenied");
        Assert.Contains("need two-factor authentication", denied, StringComparison.Ordinal);
        Assert.Contains("Account/Manage/TwoFactorAuthentication", denied, StringComparison.Ordinal);

        await using var scope = await portal.ScopeForUserAsync(email);
        var result = await scope.ServiceProvider.GetRequiredService<MemberAdministrationService>().AddAsync(new OrganisationForm
        {
            Name = $"Added without a second factor {Guid.NewGuid():N}", Type = "NationalNgo", Scope = "National", CountryCode = "KE", JoinedOn = "2020-01-01",
        });
        Assert.Equal(ChangeOutcome.Refused, result.Outcome);
    }

    [Fact]
    public async Task TheDemoSecretariat_SignsInWithItsAuthenticatorCode_AndReachesTheStaffPages()
    {
        var client = portal.CreateBrowserClient();
        var first = await client.PasswordStepAsync("secretariat@alliance.test", PortalClient.DemoPassword);
        Assert.Contains("LoginWith2fa", first.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var second = await client.SecondFactorAsync(first.Headers.Location, Alliance.Data.Seeding.SeedOptions.DefaultDemoAuthenticatorKey);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task Staff_AreNotOfferedToRememberTheBrowser_AndGiveTheirCodeAtEverySignIn()
    {
        var client = portal.CreateBrowserClient();
        var first = await client.PasswordStepAsync("admin@alliance.test", PortalClient.DemoPassword);
        var step = await client.GetStringAsync(first.Headers.Location);
        Assert.DoesNotContain("Input.RememberMachine", step, StringComparison.Ordinal);
        Assert.Contains("Staff accounts give a code at every sign-in", step, StringComparison.Ordinal);

        // Asked for anyway, by a forged post: not granted.
        var second = await client.SecondFactorAsync(first.Headers.Location!, Alliance.Data.Seeding.SeedOptions.DefaultDemoAuthenticatorKey, rememberMachine: true);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.DoesNotContain(SetCookies(second), cookie => cookie.Contains("TwoFactorRememberMe", StringComparison.Ordinal));

        var again = await client.PasswordStepAsync("admin@alliance.test", PortalClient.DemoPassword);
        Assert.Contains("LoginWith2fa", again.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberWithTwoFactor_MayHaveTheBrowserRemembered_AndSignsInThereWithThePasswordAlone()
    {
        var email = $"careful.member.{Guid.NewGuid():N}@alliance.test";
        await portal.CreateAccountAsync(new UserAccountForm { Email = email, DisplayName = "Ines Moreau", Roles = [AllianceRoles.Member] }, Password);
        const string key = "MEMBERAUTHENTICATORKEYFORTESTSXX";
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Alliance.Data.AllianceDbContext>().Actor = TestDatabaseExtensions.Arrangement;
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Alliance.Data.Identity.ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        var client = portal.CreateBrowserClient();

        var first = await client.PasswordStepAsync(email, Password);
        Assert.Contains("Input.RememberMachine", await client.GetStringAsync(first.Headers.Location), StringComparison.Ordinal);
        var second = await client.SecondFactorAsync(first.Headers.Location!, key, rememberMachine: true);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Contains(SetCookies(second), cookie => cookie.Contains("TwoFactorRememberMe", StringComparison.Ordinal));

        var again = await client.PasswordStepAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.DoesNotContain("LoginWith2fa", again.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];
}
