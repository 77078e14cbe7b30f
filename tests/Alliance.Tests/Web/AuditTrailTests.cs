using System.Net;
using System.Text;
using Alliance.Data.Auditing;
using Alliance.Domain.Accounts;
using Alliance.Domain.Members;
using Alliance.Tests.Support;
using Alliance.Web.Features.Administration;
using Alliance.Web.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>The audit trail: one entry per changed row, in the change's own transaction, and the staff page that reads it.</summary>
[Collection(PortalCollection.Name)]
public sealed class AuditTrailTests(PortalFactory portal)
{
    private const string Secretariat = "secretariat@alliance.test";

    [Fact]
    public async Task AChangeOnTheWritePath_WritesOneEntryForItsRow_WithWhoWhatAndTheValues()
    {
        var name = Unique("Bukavu Child Rights Forum");
        var id = await AddOrganisationAsync(name);

        var entries = await EntriesForAsync("Organisation", id);
        var entry = Assert.Single(entries);
        Assert.Equal(AuditKinds.Added, entry.Kind);
        Assert.Equal(await UserIdAsync(Secretariat), entry.ActorId);
        Assert.Equal("Sam Diallo", entry.ActorName);
        Assert.Equal("add an organisation", entry.Action);
        Assert.Contains(name, entry.Changes);
        Assert.True(entry.At > DateTime.UtcNow.AddMinutes(-5) && entry.At <= DateTime.UtcNow.AddSeconds(1), $"recorded at {entry.At:O}");
    }

    [Fact]
    public async Task AnEdit_RecordsTheOldAndTheNewValue_OfWhatChanged_Only()
    {
        var name = Unique("Uvira Protection Network");
        var id = await AddOrganisationAsync(name);
        await using (var scope = await portal.ScopeForUserAsync(Secretariat))
        {
            var members = scope.ServiceProvider.GetRequiredService<MemberAdministrationService>();
            var (_, current) = await members.GetAsync(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
            var form = OrganisationForm.For(current!);
            form.Name = name + " renamed";
            var result = await members.EditAsync(current!.Id, form);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        }

        var edit = (await EntriesForAsync("Organisation", id)).Single(e => e.Kind == AuditKinds.Modified);
        Assert.Contains($"\"old\":\"{name}\"", edit.Changes);
        Assert.Contains($"\"new\":\"{name} renamed\"", edit.Changes);
        Assert.DoesNotContain("\"CountryCode\"", edit.Changes);
        Assert.DoesNotContain("\"Version\"", edit.Changes);
    }

    [Fact]
    public async Task WhenTheAuditEntryCannotBeWritten_TheChangeIsNotSavedEither()
    {
        var name = Unique("AuditRefused Goma Network");
        await using (var db = portal.ArrangeDb())
        {
            // The database refuses this one entry, as a full disk or a broken connection would
            // (a trigger cannot take parameters; the name is the test's own).
            var refuse = $"""
                CREATE TRIGGER "TR_Test_RefuseAudit" BEFORE INSERT ON "AuditEntries"
                WHEN NEW."Changes" LIKE '%{name}%' BEGIN SELECT RAISE(ABORT, 'audit refused'); END;
                """;
            await db.Database.ExecuteSqlRawAsync(refuse);
        }
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => AddOrganisationAsync(name));
        }
        finally
        {
            await using var db = portal.ArrangeDb();
            await db.Database.ExecuteSqlRawAsync("""DROP TRIGGER "TR_Test_RefuseAudit";""");
        }

        await using var check = portal.ArrangeDb();
        Assert.False(await check.Organisations.AnyAsync(o => o.Name == name));
    }

    [Fact]
    public async Task AChangeThatIsRefused_WritesNoEntry()
    {
        var before = await CountAsync();
        await using var scope = await portal.ScopeForUserAsync("lead@alliance.test");

        var result = await scope.ServiceProvider.GetRequiredService<MemberAdministrationService>().AddAsync(ValidForm(Unique("Refused")));

        Assert.False(result.Succeeded);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AnAccountChange_IsAudited_AndItsPasswordHashIsNeverWritten()
    {
        var email = $"audited.{Guid.NewGuid():N}@alliance.test";
        await using (var scope = await portal.ScopeForUserAsync("admin@alliance.test"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().SaveAsync(new UserAccountForm
            {
                Email = email, DisplayName = "Audited Person", Roles = [AllianceRoles.Member],
            });
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        }
        var id = await UserIdAsync(email);
        var created = Assert.Single(await EntriesForAsync(AuditEntity.Account, id));
        Assert.Equal(await UserIdAsync("admin@alliance.test"), created.ActorId);
        Assert.DoesNotContain("PasswordHash", created.Changes);
        Assert.Contains(await EntriesAsync(), e => e.Entity == AuditEntity.AccountRole && e.EntityKey!.StartsWith(id, StringComparison.Ordinal));

        var accepted = await portal.CreateBrowserClient().PostNewPasswordAsync(await portal.InvitationPathAsync(email), "meadow-copper-ribbon-2026");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var chosen = (await EntriesForAsync(AuditEntity.Account, id)).Single(e => e.Kind == AuditKinds.Modified);
        Assert.Equal(id, chosen.ActorId);
        Assert.Contains("\"PasswordHash\":{\"old\":null,\"new\":\"(secret)\"}", chosen.Changes);
        await using var db = portal.ArrangeDb();
        var hash = await db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Changes!.Contains(hash!)));
    }

    [Fact]
    public async Task APasswordChangeOnIdentitysOwnPage_IsAuditedAsTheRequestOfItsPerson()
    {
        var email = $"changer.{Guid.NewGuid():N}@alliance.test";
        await portal.CreateAccountAsync(new UserAccountForm
        {
            Email = email, DisplayName = "Chantal Changer", Roles = [AllianceRoles.Member],
        }, "the-first-password-2026");
        var client = await portal.SignedInClientAsync(email, "the-first-password-2026");
        var page = await client.GetStringAsync("/Account/Manage/ChangePassword");

        var response = await client.PostAsync("/Account/Manage/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(page),
            ["_handler"] = "change-password",
            ["Input.OldPassword"] = "the-first-password-2026",
            ["Input.NewPassword"] = "the-second-password-2026",
            ["Input.ConfirmPassword"] = "the-second-password-2026",
        }));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, response.StatusCode.ToString());
        var id = await UserIdAsync(email);
        var change = (await EntriesForAsync(AuditEntity.Account, id))
            .Single(e => e.Kind == AuditKinds.Modified && e.Changes!.Contains("PasswordHash") && e.Action.Contains("ChangePassword", StringComparison.Ordinal));
        Assert.Equal(id, change.ActorId);
        Assert.Equal("Chantal Changer", change.ActorName);
        Assert.Equal("POST /Account/Manage/ChangePassword", change.Action);
        Assert.DoesNotContain("the-second-password-2026", change.Changes);
    }

    [Fact]
    public async Task SignIns_Failed_ForKnownAndUnknownAddresses_AndSucceeded_AreInTheTrail()
    {
        var unknown = $"nobody.{Guid.NewGuid():N}@alliance.test";
        var client = portal.CreateBrowserClient();
        await client.SignInAsync("member@alliance.test", "not-the-password-at-all");
        await client.SignInAsync(unknown, "not-the-password-at-all");
        await client.SignInAsync("member@alliance.test", PortalClient.DemoPassword);

        var entries = await EntriesAsync();
        Assert.Contains(entries, e => e.Action == "sign in with a password: failed" && e.EntityKey == "member@alliance.test" && e.Kind == AuditKinds.Event);
        Assert.Contains(entries, e => e.Action == "sign in with a password: failed" && e.EntityKey == unknown);
        var member = await UserIdAsync("member@alliance.test");
        Assert.Contains(entries, e => e.Entity == AuditEntity.Session && e.Kind == AuditKinds.Added && e.ActorId == member && e.Action == "sign in");
    }

    [Fact]
    public async Task APauseOfSignIns_IsInTheTrailOnce_AndThePostsItRefusesWriteNothing()
    {
        var account = $"guessed.{Guid.NewGuid():N}@alliance.test";
        var tries = new Alliance.Web.Components.Account.Throttling.SignInThrottlingOptions().AttemptsBeforePause;
        var client = portal.CreateBrowserClient();
        for (var i = 0; i < tries; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(account, "not-the-password-at-all")).StatusCode);
        }
        var written = (await EntriesForAsync(AuditEntity.Session, account)).Count;

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignInAsync(account, "not-the-password-at-all")).StatusCode);
        }

        var trail = await EntriesForAsync(AuditEntity.Session, account);
        Assert.Equal(written, trail.Count);
        Assert.Equal(tries, trail.Count(e => e.Action == "sign in with a password: failed"));
        var pause = Assert.Single(trail, e => e.Action.StartsWith("pause sign-in", StringComparison.Ordinal));
        Assert.Equal($"pause sign-in from this address for 1 min after {tries} tries", pause.Action);
        Assert.Equal(AuditKinds.Event, pause.Kind);
        Assert.NotNull(pause.Address);
        Assert.All(trail, e => Assert.Equal(pause.Address, e.Address));
    }

    [Fact]
    public async Task TheAuditPage_SaysWhatWasDone_AndNamesTheColumns_InTheReadersLanguage()
    {
        var name = Unique("Tshikapa Child Protection Network");
        var id = await AddOrganisationAsync(name);
        var client = await (await portal.SignedInClientAsync(Secretariat)).InFrenchAsync();

        var row = (await client.GetDocumentAsync($"/admin/audit?entity=Organisation"))
            .QuerySelectorAll("tr[data-audit-id]").First(r => r.TextContent.Contains(name, StringComparison.Ordinal));

        Assert.Contains("ajout d’une organisation", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("add an organisation", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pays", row.QuerySelectorAll("li strong").Select(s => s.TextContent));
        Assert.DoesNotContain("CountryCode", row.TextContent, StringComparison.Ordinal);
        var csv = await client.GetStringAsync($"/admin/audit/entries.csv?entity=Organisation");
        Assert.Contains("ajout d’une organisation", csv, StringComparison.Ordinal);
        Assert.NotNull(id);
    }

    [Theory]
    [InlineData("sign in with a password: failed", "connexion par mot de passe : échec")]
    [InlineData("pause sign-in from this address for 2 min after 6 tries", "connexions suspendues depuis cette adresse pendant 2 min après 6 essais")]
    [InlineData("edit activity 12", "modification de l’activité 12")]
    [InlineData("POST /Account/Manage/ChangePassword", "POST /Account/Manage/ChangePassword")]
    public void AStoredAction_IsShownInFrench_WithWhatItActsOn_OrAsStoredWhenThePortalHasNoWords(string stored, string shown)
    {
        var text = portal.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Alliance.Web.Resources.AuditStrings>>();
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("fr");
        try
        {
            Assert.Equal(shown, Alliance.Web.Features.Audit.AuditActions.Describe(stored, text));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task TheAuditPage_IsForStaffOnly()
    {
        foreach (var email in new[] { "lead@alliance.test", "member@alliance.test" })
        {
            var client = await portal.SignedInClientAsync(email);
            var page = await client.GetAsync("/admin/audit");
            var download = await client.GetAsync("/admin/audit/entries.csv");
            Assert.True(page.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{email}: page {page.StatusCode}");
            Assert.True(download.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{email}: download {download.StatusCode}");
            if (page.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Contains("AccessDenied", page.Headers.Location!.ToString());
            }
        }
    }

    [Fact]
    public async Task TheSecretariat_FiltersTheTrail_ByRecordAndPerson_PagesIt_AndDownloadsIt()
    {
        var name = Unique("Filtered Kindu Network");
        var id = await AddOrganisationAsync(name);
        var secretariat = await UserIdAsync(Secretariat);
        var client = await portal.SignedInClientAsync(Secretariat);

        var filtered = await client.GetDocumentAsync($"/admin/audit?entity=Organisation&actor={secretariat}");
        var rows = filtered.QuerySelectorAll("tr[data-audit-id]");
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r.TextContent.Contains(name));
        Assert.All(rows, r => Assert.Contains("Sam Diallo", r.TextContent));
        Assert.All(rows, r => Assert.Contains("Organisation", r.TextContent));

        // Seeding alone writes hundreds of entries: the trail has pages, each of 50 lines at most.
        var first = await client.GetDocumentAsync("/admin/audit");
        Assert.Equal(50, first.QuerySelectorAll("tr[data-audit-id]").Length);
        var second = await client.GetDocumentAsync("/admin/audit?page=2");
        var firstIds = first.QuerySelectorAll("tr[data-audit-id]").Select(r => r.GetAttribute("data-audit-id")).ToHashSet();
        Assert.DoesNotContain(second.QuerySelectorAll("tr[data-audit-id]"), r => firstIds.Contains(r.GetAttribute("data-audit-id")));

        var none = await client.GetDocumentAsync("/admin/audit?from=2001-01-01&to=2001-01-31");
        Assert.Empty(none.QuerySelectorAll("tr[data-audit-id]"));

        var download = await client.GetAsync($"/admin/audit/entries.csv?entity=Organisation&actor={secretariat}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var csv = Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync());
        Assert.Contains(name, csv);
        Assert.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture), csv);
    }

    [Theory]
    [InlineData("?page=abc&from=yesterday&to=2020-13-45&entity=%00")]
    [InlineData("?page=999999&actor=nobody")]
    public async Task MalformedFilters_AreIgnored(string query)
    {
        var client = await portal.SignedInClientAsync(Secretariat);
        var response = await client.GetAsync("/admin/audit" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> AddOrganisationAsync(string name)
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var result = await scope.ServiceProvider.GetRequiredService<MemberAdministrationService>().AddAsync(ValidForm(name));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        return result.Current!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<AuditEntry>> EntriesForAsync(string entity, string key)
    {
        await using var db = portal.ArrangeDb();
        return await db.AuditEntries.Where(e => e.Entity == entity && e.EntityKey == key).OrderBy(e => e.Id).ToListAsync();
    }

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = portal.ArrangeDb();
        return await db.AuditEntries.OrderByDescending(e => e.Id).Take(200).ToListAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var db = portal.ArrangeDb();
        return await db.AuditEntries.CountAsync();
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = portal.ArrangeDb();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static OrganisationForm ValidForm(string name) => new()
    {
        Name = name,
        Type = nameof(OrganisationType.PartnerCountryBasedNgo),
        Scope = nameof(OrganisationScope.Local),
        CountryCode = "CD",
        JoinedOn = "2019-05-06",
    };

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}";
}
