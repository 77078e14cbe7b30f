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
        var login = await client.GetStringAsync("/Account/Login");
        var first = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(login),
            ["_handler"] = "login",
            ["Input.Email"] = "secretariat@alliance.test",
            ["Input.Password"] = PortalClient.DemoPassword,
        }));
        Assert.Contains("LoginWith2fa", first.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var second = await client.SecondFactorAsync(first.Headers.Location, Alliance.Data.Seeding.SeedOptions.DefaultDemoAuthenticatorKey);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/audit")).StatusCode);
    }
}
