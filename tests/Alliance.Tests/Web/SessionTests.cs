using System.Net;
using System.Security.Claims;
using Alliance.Data.Identity;
using Alliance.Domain.Accounts;
using Alliance.Tests.Support;
using Alliance.Web.Features.Administration;
using Alliance.Web.Features.Members;
using Alliance.Web.Features.Sessions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>Server-side sessions: what ends a sign-in, everywhere at once, and what the cookie looks like.</summary>
[Collection(PortalCollection.Name)]
public sealed class SessionTests(PortalFactory portal)
{
    private const string Password = "kettle-orchard-lantern-2026";

    [Fact]
    public async Task TheSignInCookie_IsHostPrefixed_Secure_HttpOnly_AndLax()
    {
        var client = portal.CreateBrowserClient();
        var login = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", LoginForm(login, "member@alliance.test", PortalClient.DemoPassword));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Alliance.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; secure", cookie);
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; samesite=lax", cookie);
        Assert.Contains("; path=/", cookie);
        Assert.DoesNotContain("domain=", cookie);
    }

    [Fact]
    public async Task ACookieCopiedBeforeSignOut_OpensNothingAfterwards_NeitherPagesNorTheProgressForm()
    {
        var (signedIn, cookies) = await SignInWithCookiesAsync("lead@alliance.test", PortalClient.DemoPassword);
        var copy = ClientWith(Copy(cookies));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/")).StatusCode);

        var home = await signedIn.GetStringAsync("/");
        var signOut = await signedIn.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(home),
            ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        foreach (var path in new[] { "/", "/members", "/working-groups/cpms" })
        {
            var response = await copy.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
        }
        var activity = await portal.NewActivityAsync("cpms");
        var form = await copy.GetAsync($"/activities/{activity}/update");
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
    }

    [Fact]
    public async Task APasswordChange_EndsThePersonsOtherSessions_AndKeepsTheOneThatChangedIt()
    {
        var email = await NewAccountAsync(AllianceRoles.Member);
        var (changer, _) = await SignInWithCookiesAsync(email, Password);
        var (other, _) = await SignInWithCookiesAsync(email, Password);

        var page = await changer.GetStringAsync("/Account/Manage/ChangePassword");
        var response = await changer.PostAsync("/Account/Manage/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(page),
            ["_handler"] = "change-password",
            ["Input.OldPassword"] = Password,
            ["Input.NewPassword"] = "harbour-violet-compass-2026",
            ["Input.ConfirmPassword"] = "harbour-violet-compass-2026",
        }));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, response.StatusCode.ToString());

        Assert.Equal(HttpStatusCode.OK, (await changer.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/")).StatusCode);
        Assert.Equal(SessionEndReasons.PasswordChanged, (await SessionsOfAsync(email)).Single(s => s.EndedAt is not null).EndReason);
    }

    [Fact]
    public async Task LockingAnAccount_EndsItsOpenSessions_AtOnce()
    {
        var email = await NewAccountAsync(AllianceRoles.Member);
        var (client, _) = await SignInWithCookiesAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await using (var scope = await portal.ScopeForUserAsync("admin@alliance.test"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().SetLockedAsync(await UserIdAsync(email), locked: true);
            Assert.True(result.Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.All(await SessionsOfAsync(email), s => Assert.Equal(SessionEndReasons.Locked, s.EndReason));
    }

    [Fact]
    public async Task RemovingALeadsGroup_EndsTheirSessions_WhileAnEditThatRemovesNothing_KeepsThem()
    {
        var email = await NewAccountAsync(AllianceRoles.WorkingGroupLead, "cpms");
        var (client, _) = await SignInWithCookiesAsync(email, Password);

        await SaveAccountAsync(email, AllianceRoles.WorkingGroupLead, "cpms", "A renamed lead");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await SaveAccountAsync(email, AllianceRoles.WorkingGroupLead, "ame", "A renamed lead");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.All(await SessionsOfAsync(email), s => Assert.Equal(SessionEndReasons.AccessReduced, s.EndReason));
    }

    [Fact]
    public async Task AChangeFromAnOpenPage_WhoseSessionHasEnded_IsRefused_EvenBeforeThePageNotices()
    {
        var (client, _) = await SignInWithCookiesAsync("secretariat@alliance.test", PortalClient.DemoPassword);
        var sessionId = (await SessionsOfAsync("secretariat@alliance.test")).OrderByDescending(s => s.StartedAt).First().Id;
        await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(await client.GetStringAsync("/")),
        }));

        // An interactive page keeps the principal it opened with: its session id is all that changed.
        await using var scope = await portal.ScopeForUserAsync("secretariat@alliance.test", new Claim(SessionStore.ClaimType, sessionId));
        var result = await scope.ServiceProvider.GetRequiredService<MemberAdministrationService>().AddAsync(new OrganisationForm
        {
            Name = $"Added after sign-out {Guid.NewGuid():N}", Type = "NationalNgo", Scope = "National", CountryCode = "KE", JoinedOn = "2020-01-01",
        });

        Assert.Equal(Alliance.Web.Features.Shared.ChangeOutcome.Refused, result.Outcome);
    }

    private async Task<(HttpClient Client, CookieContainer Cookies)> SignInWithCookiesAsync(string email, string password)
    {
        var cookies = new CookieContainer();
        var client = ClientWith(cookies);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, cookies);
    }

    private HttpClient ClientWith(CookieContainer cookies)
    {
        var address = PortalClient.NextClientAddress();
        var handler = new CookieContainerHandler(cookies) { InnerHandler = portal.Server.CreateHandler(c => c.Connection.RemoteIpAddress = address) };
        return new HttpClient(handler) { BaseAddress = new Uri("https://localhost") };
    }

    private static CookieContainer Copy(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        copy.Add(cookies.GetAllCookies());
        return copy;
    }

    private static FormUrlEncodedContent LoginForm(string loginPage, string email, string password) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(loginPage),
        ["_handler"] = "login",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    });

    private async Task<string> NewAccountAsync(string role, string? ledGroup = null)
    {
        var email = $"session.{Guid.NewGuid():N}@alliance.test";
        await using (var db = portal.ArrangeDb())
        {
            var groupIds = ledGroup is null ? [] : await db.WorkingGroups.Where(g => g.Slug == ledGroup).Select(g => g.Id).ToListAsync();
            await portal.CreateAccountAsync(new UserAccountForm { Email = email, DisplayName = "Session Person", Roles = [role], LedGroupIds = [.. groupIds] }, Password);
        }
        return email;
    }

    private async Task SaveAccountAsync(string email, string role, string? ledGroup, string name)
    {
        await using var db = portal.ArrangeDb();
        var groupIds = ledGroup is null ? [] : await db.WorkingGroups.Where(g => g.Slug == ledGroup).Select(g => g.Id).ToListAsync();
        var existing = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        await using var scope = await portal.ScopeForUserAsync("admin@alliance.test");
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().SaveAsync(new UserAccountForm
        {
            Id = existing.Id, ConcurrencyStamp = existing.ConcurrencyStamp, Email = email, DisplayName = name,
            Roles = [role], LedGroupIds = [.. groupIds],
        });
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = portal.ArrangeDb();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<List<UserSession>> SessionsOfAsync(string email)
    {
        var id = await UserIdAsync(email);
        await using var db = portal.ArrangeDb();
        return await db.UserSessions.Where(s => s.UserId == id).ToListAsync();
    }
}
