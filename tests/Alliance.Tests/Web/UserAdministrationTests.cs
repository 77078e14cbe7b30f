using System.Net;
using System.Security.Claims;
using Alliance.Data;
using Alliance.Domain.Accounts;
using Alliance.Tests.Support;
using Alliance.Web.Features;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

[Collection(PortalCollection.Name)]
public sealed class UserAdministrationTests(PortalFactory portal)
{
    [Theory]
    [InlineData("member@alliance.test")]
    [InlineData("lead@alliance.test")]
    [InlineData("secretariat@alliance.test")]
    public async Task UsersPage_IsRefusedToEveryoneButAdministrators(string email)
    {
        var client = await portal.SignedInClientAsync(email);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_ListsTheAccounts_ForAnAdministrator()
    {
        var client = await portal.SignedInClientAsync("admin@alliance.test");

        var page = await client.GetDocumentAsync("/admin/users");

        var rows = page.QuerySelectorAll("table.data-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("lead@alliance.test", StringComparison.Ordinal) && r.Contains("CPMS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Service_RefusesAMember_EvenWithAForgedAdministratorRoleClaim()
    {
        await using var scope = await portal.ScopeForUserAsync("member@alliance.test", new Claim(ClaimTypes.Role, AllianceRoles.Administrator));
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();

        Assert.Equal(FormAccess.Forbidden, (await accounts.GetDirectoryAsync()).Access);
        var result = await accounts.SaveAsync(new UserAccountForm
        {
            Email = "intruder@alliance.test", DisplayName = "Intruder", Roles = [AllianceRoles.Administrator],
        });
        Assert.Equal(ChangeOutcome.Refused, result.Outcome);
        Assert.Null(await FindUserIdAsync("intruder@alliance.test"));
    }

    [Fact]
    public async Task Administrator_CreatesALeadOfAGroup_WhoChoosesAPasswordFromTheInvitation_ThenSignsIn()
    {
        int ameId;
        await using (var db = CreateContext())
        {
            ameId = await db.WorkingGroups.Where(g => g.Slug == "ame").Select(g => g.Id).SingleAsync();
        }
        await using var scope = await portal.ScopeForUserAsync("admin@alliance.test");
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();

        var result = await accounts.SaveAsync(new UserAccountForm
        {
            Email = "new.lead@alliance.test", DisplayName = "Nadia New Lead",
            Roles = [AllianceRoles.WorkingGroupLead], LedGroupIds = [ameId],
        });

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Key)));
        var userId = await FindUserIdAsync("new.lead@alliance.test");
        await using (var db = CreateContext())
        {
            Assert.True(await db.WorkingGroupLeads.AnyAsync(l => l.UserId == userId && l.WorkingGroupId == ameId));
            Assert.Null(await db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync());
        }
        Assert.True((await accounts.GetDirectoryAsync()).Directory!.Users.Single(u => u.Id == userId).IsInvitationPending);
        var chosen = await portal.CreateBrowserClient().PostNewPasswordAsync(await portal.InvitationPathAsync("new.lead@alliance.test"), "a-fresh-password-2026");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        await portal.SignedInClientAsync("new.lead@alliance.test", "a-fresh-password-2026");
    }

    [Fact]
    public async Task Administrator_GetsClearMessages_ForBadInput_AndNothingIsCreated()
    {
        await using var scope = await portal.ScopeForUserAsync("admin@alliance.test");
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();

        var result = await accounts.SaveAsync(new UserAccountForm
        {
            Email = "not-an-email", DisplayName = "", Roles = [AllianceRoles.WorkingGroupLead],
        });

        Assert.False(result.Succeeded);
        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal(
            new[] { nameof(UserAccountForm.Email), nameof(UserAccountForm.DisplayName), nameof(UserAccountForm.LedGroupIds) }.Order(),
            result.Errors.Keys.Order());
    }

    [Fact]
    public async Task Administrator_CannotRemoveTheirOwnAdministratorRole()
    {
        await using var scope = await portal.ScopeForUserAsync("admin@alliance.test");
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
        var me = (await accounts.GetDirectoryAsync()).Directory!.Users.Single(u => u.Email == "admin@alliance.test");

        var result = await accounts.SaveAsync(new UserAccountForm
        {
            Id = me.Id, ConcurrencyStamp = me.ConcurrencyStamp, Email = me.Email, DisplayName = me.DisplayName, Roles = [AllianceRoles.Member],
        });

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal("You cannot remove your own Administrator role.", result.Errors[nameof(UserAccountForm.Roles)]);
        Assert.Contains(AllianceRoles.Administrator, (await accounts.GetDirectoryAsync()).Directory!.Users.Single(u => u.Id == me.Id).Roles);
    }

    [Fact]
    public async Task EditOfAnAccountChangedSinceItWasLoaded_IsRefused()
    {
        await using var scope = await portal.ScopeForUserAsync("admin@alliance.test");
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
        var created = await accounts.SaveAsync(new UserAccountForm
        {
            Email = "twice.edited@alliance.test", DisplayName = "Twice Edited", Roles = [AllianceRoles.Member],
        });
        Assert.True(created.Succeeded);
        var loaded = (await accounts.GetDirectoryAsync()).Directory!.Users.Single(u => u.Email == "twice.edited@alliance.test");
        Assert.True((await accounts.SaveAsync(FormFor(loaded, "First editor"))).Succeeded);

        var second = await accounts.SaveAsync(FormFor(loaded, "Second editor"));

        Assert.Equal(ChangeOutcome.Conflict, second.Outcome);
        Assert.Equal("First editor", (await accounts.GetDirectoryAsync()).Directory!.Users.Single(u => u.Id == loaded.Id).DisplayName);
    }

    [Fact]
    public async Task LockedAccount_CannotSignIn()
    {
        await portal.CreateAccountAsync(new UserAccountForm
        {
            Email = "to.lock@alliance.test", DisplayName = "To Lock", Roles = [AllianceRoles.Member],
        }, "a-fresh-password-2026");
        await using var scope = await portal.ScopeForUserAsync("admin@alliance.test");
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
        var user = (await accounts.GetDirectoryAsync()).Directory!.Users.Single(u => u.Email == "to.lock@alliance.test");

        Assert.True((await accounts.SetLockedAsync(user.Id, locked: true)).Succeeded);

        var response = await portal.CreateBrowserClient().SignInAsync("to.lock@alliance.test", "a-fresh-password-2026");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Lockout", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisplayNameImpersonatingARole_IsRefusedOnItsField_InEnglishAndInFrench_AndNothingIsCreated()
    {
        var form = new UserAccountForm
        {
            Email = "secretariat.office@alliance.test", DisplayName = "Secretariat Office", Roles = [AllianceRoles.Member],
        };

        var english = await SaveAsAdministratorAsync(form);
        var french = await SaveAsAdministratorAsync(form, "fr");

        Assert.Equal(ChangeOutcome.Invalid, english.Outcome);
        Assert.Equal(
            "A display name cannot contain \"secretariat\": it is a person's own name, not the name of a role or of a body of the Alliance.",
            english.Errors[nameof(UserAccountForm.DisplayName)]);
        Assert.Equal(
            "Un nom affiché ne peut pas contenir « secretariat » : c'est le nom d'une personne, pas celui d'un rôle ni d'une instance de l'Alliance.",
            french.Errors[nameof(UserAccountForm.DisplayName)]);
        Assert.Null(await FindUserIdAsync("secretariat.office@alliance.test"));
    }

    [Fact]
    public async Task DisplayNameWithAnOverrideAndAControlCharacter_IsStoredWithoutThem()
    {
        var result = await SaveAsAdministratorAsync(new UserAccountForm
        {
            Email = "hidden.characters@alliance.test", DisplayName = " Nadia\u202E Diallo\0\u200B ", Roles = [AllianceRoles.Member],
        });

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Values));
        await using var db = CreateContext();
        Assert.Equal("Nadia Diallo", await db.Users.Where(u => u.Email == "hidden.characters@alliance.test").Select(u => u.DisplayName).SingleAsync());
    }

    [Fact]
    public async Task AnAccountStoredWithAReservedName_CanStillBeEdited_ButNotRenamedToAnotherOne()
    {
        Assert.True((await SaveAsAdministratorAsync(new UserAccountForm
        {
            Email = "legacy.name@alliance.test", DisplayName = "Legacy Name", Roles = [AllianceRoles.Member],
        })).Succeeded);
        await using (var db = CreateContext())
        {
            // As an account named before the rule, or the first administrator the portal names, is stored.
            await db.Users.Where(u => u.Email == "legacy.name@alliance.test").ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "Portal Helpdesk"));
        }
        await using var scope = await portal.ScopeForUserAsync("admin@alliance.test");
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
        var loaded = (await accounts.GetDirectoryAsync()).Directory!.Users.Single(u => u.Email == "legacy.name@alliance.test");

        var renamed = await accounts.SaveAsync(FormFor(loaded, "Portal Helpdesk Two"));
        var sameName = FormFor(loaded, "Portal Helpdesk");
        sameName.Roles = [AllianceRoles.Member, AllianceRoles.Secretariat];
        var edited = await accounts.SaveAsync(sameName);

        Assert.Equal(ChangeOutcome.Invalid, renamed.Outcome);
        Assert.Contains("\"portal\"", renamed.Errors[nameof(UserAccountForm.DisplayName)], StringComparison.Ordinal);
        Assert.True(edited.Succeeded, string.Join(", ", edited.Errors.Values));
    }

    [Fact]
    public async Task AProfileRenamedToARole_IsRefusedBesideTheName_AndTheNameStays()
    {
        await portal.CreateAccountAsync(new UserAccountForm
        {
            Email = "profile.owner@alliance.test", DisplayName = "Profile Owner", Roles = [AllianceRoles.Member],
        }, "a-fresh-password-2026");
        var client = await portal.SignedInClientAsync("profile.owner@alliance.test", "a-fresh-password-2026");

        var refused = await PostProfileAsync(client, "Steering Committee");
        var renamed = await PostProfileAsync(client, "Profile\u202E Owner-Diallo\u0007");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("\"steering committee\"", page.QuerySelector(".account-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        await using var db = CreateContext();
        Assert.Equal("Profile Owner-Diallo", await db.Users.Where(u => u.Email == "profile.owner@alliance.test").Select(u => u.DisplayName).SingleAsync());
    }

    private static async Task<HttpResponseMessage> PostProfileAsync(HttpClient client, string displayName)
    {
        var token = PortalClient.AntiforgeryToken(await client.GetStringAsync("/Account/Manage"));
        return await client.PostAsync("/Account/Manage", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "profile",
            ["Input.DisplayName"] = displayName,
            ["Input.PhoneNumber"] = "",
        }));
    }

    private async Task<ChangeResult<Nothing>> SaveAsAdministratorAsync(UserAccountForm form, string culture = "en")
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
        try
        {
            await using var scope = await portal.ScopeForUserAsync("admin@alliance.test");
            return await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().SaveAsync(form);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    private static UserAccountForm FormFor(UserRow user, string displayName) => new()
    {
        Id = user.Id, ConcurrencyStamp = user.ConcurrencyStamp, Email = user.Email, DisplayName = displayName, Roles = user.Roles.ToHashSet(),
    };

    private async Task<string?> FindUserIdAsync(string email)
    {
        await using var db = CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleOrDefaultAsync();
    }

    private AllianceDbContext CreateContext() =>
        portal.ArrangeDb();
}
