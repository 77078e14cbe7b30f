using System.Globalization;
using System.Net;
using System.Security.Claims;
using Alliance.Data;
using Alliance.Domain.Accounts;
using Alliance.Domain.Members;
using Alliance.Tests.Support;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features;
using Alliance.Web.Features.Members;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alliance.Tests.Web;

/// <summary>The secretariat's changes to the member register, through the service as each role, and the editor page's access rule.</summary>
[Collection(PortalCollection.Name)]
public sealed class MemberAdministrationTests(PortalFactory portal)
{
    private const string Secretariat = "secretariat@alliance.test";
    private const string Administrator = "admin@alliance.test";
    private const string Lead = "lead@alliance.test";
    private const string Member = "member@alliance.test";
    private const string SeededName = "Save the Children International";

    [Theory]
    [InlineData(Secretariat)]
    [InlineData(Administrator)]
    public async Task Staff_AddsAnOrganisation_AndItIsStoredNormalised(string email)
    {
        var name = UniqueName("Kasai Child Protection Network");
        await using var scope = await portal.ScopeForUserAsync(email);

        var result = await Service(scope).AddAsync(ValidForm("  " + name + " ", acronym: " kcpn "));

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        var stored = await FindAsync(result.Current!.Id);
        Assert.Equal(name, stored.Name);
        Assert.Equal(Organisation.NormalizeName(name), await NormalizedNameAsync(stored.Id));
        Assert.Equal("kcpn", stored.Acronym);
        Assert.Equal((OrganisationType.PartnerCountryBasedNgo, OrganisationScope.Local, "CD"), (stored.Type, stored.Scope, stored.CountryCode));
        Assert.Equal(new DateOnly(2019, 5, 6), stored.JoinedOn);
        Assert.Null(stored.LeftOn);
        Assert.NotEqual(Guid.Empty, stored.Version);
    }

    [Theory]
    [InlineData(Lead)]
    [InlineData(Member)]
    public async Task LeadAndMember_AreRefusedEveryChange_EvenWithAForgedRole_AndNothingChanges(string email)
    {
        var existing = await AddAsSecretariatAsync(UniqueName("Goma Youth Protection Forum"));
        var newName = UniqueName("Refused addition");
        await using var scope = await portal.ScopeForUserAsync(email,
            new Claim(ClaimTypes.Role, AllianceRoles.Secretariat), new Claim(ClaimTypes.Role, AllianceRoles.Administrator));
        var members = Service(scope);

        Assert.False(await members.CanManageAsync());
        Assert.Equal(FormAccess.Forbidden, (await members.GetAsync(existing.Id)).Access);
        var add = await members.AddAsync(ValidForm(newName));
        Assert.Equal(ChangeOutcome.Refused, add.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(add.Errors[""]));
        var edit = OrganisationForm.For(existing);
        edit.Name = UniqueName("Refused edit");
        edit.Scope = nameof(OrganisationScope.Global);
        Assert.Equal(ChangeOutcome.Refused, (await members.EditAsync(existing.Id, edit)).Outcome);
        var leaving = LeavingForm.For(existing);
        leaving.LeftOn = "2020-01-31";
        Assert.Equal(ChangeOutcome.Refused, (await members.RecordLeavingAsync(existing.Id, leaving)).Outcome);

        await using var db = CreateContext();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == newName));
        Assert.Equal(existing, await FindAsync(existing.Id));
    }

    [Theory]
    [InlineData("save the children international")]
    [InlineData("  SAVE   THE CHILDREN  International ")]
    [InlineData("Save\tthe Children\u00a0International")]
    [InlineData("Save the\u200B Children\u202E International")]
    public async Task AddingANameAlreadyInTheRegister_InAnyCaseOrSpacing_IsRefused_NamingTheExisting(string name)
    {
        var before = await CountAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AddAsync(ValidForm(name));

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Contains($"“{SeededName}” is already in the register", result.Errors[nameof(OrganisationForm.Name)], StringComparison.Ordinal);
        Assert.Equal(SeededName, result.Current!.Name);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ANameWithControlCharactersAndAnOverride_IsStoredWithoutThem()
    {
        var name = UniqueName("Kasai Child Protection Network");
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AddAsync(ValidForm(name.Insert(5, "\0\u001B[2J").Insert(0, "\u202E"), acronym: "KC\u0007PN\u2066"));

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        var stored = await FindAsync(result.Current!.Id);
        Assert.Equal((name.Insert(5, "[2J"), "KCPN"), (stored.Name, stored.Acronym));
    }

    [Fact]
    public async Task ANameOfNothingButControlCharacters_IsRequired_AndNothingIsSaved()
    {
        var before = await CountAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AddAsync(ValidForm("\u202E\0\u200B"));

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal("Name is required.", result.Errors[nameof(OrganisationForm.Name)]);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task RenamingToAnotherOrganisationsName_IsRefused_AndTheOrganisationKeepsItsName()
    {
        var existing = await AddAsSecretariatAsync(UniqueName("Bunia Child Rights Centre"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var form = OrganisationForm.For(existing);
        form.Name = "SAVE THE CHILDREN INTERNATIONAL";

        var result = await Service(scope).EditAsync(existing.Id, form);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Contains(SeededName, result.Errors[nameof(OrganisationForm.Name)], StringComparison.Ordinal);
        Assert.Equal(existing, await FindAsync(existing.Id));
    }

    [Fact]
    public async Task RenamingAnOrganisationToItsOwnNameInAnotherCase_IsAllowed()
    {
        var name = UniqueName("Uvira Community Child Care");
        var existing = await AddAsSecretariatAsync(name);
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var form = OrganisationForm.For(existing);
        form.Name = name.ToUpperInvariant();

        var result = await Service(scope).EditAsync(existing.Id, form);

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        Assert.Equal(name.ToUpperInvariant(), (await FindAsync(existing.Id)).Name);
    }

    [Fact]
    public async Task AddingANameThatSomeoneAddsMeanwhile_IsRefusedByTheUniqueIndex_AndOnlyOneIsSaved()
    {
        var name = UniqueName("Simultaneous member");
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var raced = RacedService(scope, async () =>
        {
            await using var other = await portal.ScopeForUserAsync(Administrator);
            Assert.True((await Service(other).AddAsync(ValidForm(name.ToUpperInvariant()))).Succeeded);
        });

        var result = await raced.AddAsync(ValidForm(name));

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Contains(name.ToUpperInvariant(), result.Errors[nameof(OrganisationForm.Name)], StringComparison.Ordinal);
        await using var db = CreateContext();
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.NormalizedName == Organisation.NormalizeName(name)));
    }

    [Fact]
    public async Task EditWithAStaleVersion_IsAConflict_AndTheFirstEditStays()
    {
        var loaded = await AddAsSecretariatAsync(UniqueName("Bukavu Children's Voice"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var members = Service(scope);
        var first = OrganisationForm.For(loaded);
        first.Acronym = "FIRST";
        var second = OrganisationForm.For(loaded);
        second.Acronym = "SECOND";
        Assert.Equal(ChangeOutcome.Saved, (await members.EditAsync(loaded.Id, first)).Outcome);

        var result = await members.EditAsync(loaded.Id, second);

        Assert.Equal(ChangeOutcome.Conflict, result.Outcome);
        Assert.Contains(loaded.Name, result.Errors[""], StringComparison.Ordinal);
        Assert.Equal("FIRST", result.Current!.Acronym);
        Assert.Equal("FIRST", (await FindAsync(loaded.Id)).Acronym);
    }

    [Fact]
    public async Task EditSavedBySomeoneElseBetweenReadAndWrite_IsAConflict_AndTheirEditStays()
    {
        var loaded = await AddAsSecretariatAsync(UniqueName("Kalemie Child Welfare Group"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var raced = RacedService(scope, async () =>
        {
            await using var other = await portal.ScopeForUserAsync(Administrator);
            var theirs = OrganisationForm.For(loaded);
            theirs.Acronym = "THEIRS";
            Assert.True((await Service(other).EditAsync(loaded.Id, theirs)).Succeeded);
        });
        var mine = OrganisationForm.For(loaded);
        mine.Acronym = "MINE";

        var result = await raced.EditAsync(loaded.Id, mine);

        Assert.Equal(ChangeOutcome.Conflict, result.Outcome);
        Assert.Equal("THEIRS", (await FindAsync(loaded.Id)).Acronym);
    }

    [Fact]
    public async Task RecordLeaving_StoresTheDay_AndTheOrganisationIsNoLongerACurrentMember()
    {
        var organisation = await AddAsSecretariatAsync(UniqueName("Tshikapa Child Protection Committee"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var before = await scope.ServiceProvider.GetRequiredService<MemberRegisterService>().GetFiguresAsync();
        var form = LeavingForm.For(organisation);
        form.LeftOn = "2020-06-30";

        var result = await Service(scope).RecordLeavingAsync(organisation.Id, form);

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        var stored = await FindAsync(organisation.Id);
        Assert.Equal(new DateOnly(2020, 6, 30), stored.LeftOn);
        Assert.NotEqual(organisation.Version, stored.Version);
        Assert.Equal(stored, result.Current);
        var after = await scope.ServiceProvider.GetRequiredService<MemberRegisterService>().GetFiguresAsync();
        Assert.Equal(before.Members - 1, after.Members);
        Assert.Equal(before.LocalOrNational - 1, after.LocalOrNational);
    }

    [Fact]
    public async Task RecordLeaving_BeforeJoining_IsRefusedOnItsField_AndNothingChanges()
    {
        var organisation = await AddAsSecretariatAsync(UniqueName("Mbuji-Mayi Children's Forum"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var form = LeavingForm.For(organisation);
        form.LeftOn = "2018-01-01";

        var result = await Service(scope).RecordLeavingAsync(organisation.Id, form);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal("Left must not be before Joined.", result.Errors[nameof(LeavingForm.LeftOn)]);
        Assert.Equal(organisation, await FindAsync(organisation.Id));
    }

    [Fact]
    public async Task RecordLeaving_WithAStaleVersion_IsAConflict_AndNothingIsRecorded()
    {
        var organisation = await AddAsSecretariatAsync(UniqueName("Kindu Child Rights Group"));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var edit = OrganisationForm.For(organisation);
        edit.Acronym = "KCRG";
        Assert.True((await Service(scope).EditAsync(organisation.Id, edit)).Succeeded);
        var form = LeavingForm.For(organisation);
        form.LeftOn = "2020-03-31";

        var result = await Service(scope).RecordLeavingAsync(organisation.Id, form);

        Assert.Equal(ChangeOutcome.Conflict, result.Outcome);
        Assert.Null((await FindAsync(organisation.Id)).LeftOn);
    }

    [Fact]
    public async Task RecordLeaving_OfAnOrganisationHoldingASeat_IsRefused_UntilItsTenureEnds()
    {
        await using var db = CreateContext();
        var holder = await db.SeatTenures.Where(t => t.EndedOn == null && t.Organisation.LeftOn == null)
            .Select(t => new { t.OrganisationId, t.Organisation.Name, t.Seat.Number }).FirstAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var (_, organisation) = await Service(scope).GetAsync(holder.OrganisationId);
        var form = LeavingForm.For(organisation!);
        form.LeftOn = "2030-12-31";

        var result = await Service(scope).RecordLeavingAsync(holder.OrganisationId, form);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Contains($"holds seat {holder.Number}", result.Errors[nameof(LeavingForm.LeftOn)], StringComparison.Ordinal);
        Assert.Null((await FindAsync(holder.OrganisationId)).LeftOn);
    }

    public static TheoryData<string, string> InvalidForms => new()
    {
        { "empty name", nameof(OrganisationForm.Name) },
        { "name too long", nameof(OrganisationForm.Name) },
        { "acronym too long", nameof(OrganisationForm.Acronym) },
        { "unknown type", nameof(OrganisationForm.Type) },
        { "type as a number", nameof(OrganisationForm.Type) },
        { "unknown scope", nameof(OrganisationForm.Scope) },
        { "unknown country", nameof(OrganisationForm.CountryCode) },
        { "three-letter country", nameof(OrganisationForm.CountryCode) },
        { "not a date", nameof(OrganisationForm.JoinedOn) },
        { "no joined date", nameof(OrganisationForm.JoinedOn) },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task InvalidInput_GetsAMessageOnItsField_AndNothingIsSaved(string problem, string field)
    {
        var form = ValidForm(UniqueName("Invalid"));
        Break(form, problem);
        var before = await CountAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AddAsync(form);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Errors.GetValueOrDefault(field)), $"No message on {field}: {string.Join(", ", result.Errors.Keys)}");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task EmptyForm_GetsEveryMessageAtOnce()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AddAsync(new OrganisationForm());

        Assert.Equal(
            [nameof(OrganisationForm.JoinedOn), nameof(OrganisationForm.Name), nameof(OrganisationForm.Scope), nameof(OrganisationForm.Type)],
            result.Errors.Keys.Order());
    }

    [Fact]
    public async Task InvalidEdit_ChangesNothing_AndMessagesAreInFrenchForAFrenchUser()
    {
        var loaded = await AddAsSecretariatAsync(UniqueName("Lubumbashi Enfance"));
        var form = OrganisationForm.For(loaded);
        form.Name = " ";
        form.CountryCode = "QQ";
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fr");
        try
        {
            await using var scope = await portal.ScopeForUserAsync(Secretariat);

            var result = await Service(scope).EditAsync(loaded.Id, form);

            Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
            Assert.Equal("Nom : ce champ est obligatoire.", result.Errors[nameof(OrganisationForm.Name)]);
            Assert.Equal("Choisissez un pays dans la liste, ou aucun pour une organisation mondiale.", result.Errors[nameof(OrganisationForm.CountryCode)]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
        Assert.Equal(loaded, await FindAsync(loaded.Id));
    }

    [Fact]
    public async Task Edit_OfAnUnknownOrganisation_IsNotFound()
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).EditAsync(int.MaxValue, ValidForm(UniqueName("Nobody")));

        Assert.Equal(ChangeOutcome.NotFound, result.Outcome);
        Assert.Equal(FormAccess.NotFound, (await Service(scope).GetAsync(int.MaxValue)).Access);
    }

    [Theory]
    [InlineData(Member, "/members/new")]
    [InlineData(Lead, "/members/new")]
    [InlineData(Member, "/members/1/edit")]
    public async Task EditorPages_RedirectOthersToAccessDenied(string email, string url)
    {
        var client = await portal.SignedInClientAsync(email);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_ShowsTheOrganisationAndItsLeavingForm_ForTheSecretariat()
    {
        var organisation = await AddAsSecretariatAsync(UniqueName("Kisangani Child Rights Watch"));
        var client = await portal.SignedInClientAsync(Secretariat);

        var page = await client.GetDocumentAsync($"/members/{organisation.Id}/edit");

        Assert.Equal($"Edit “{organisation.Name}”", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='members']"));
        Assert.Contains(page.QuerySelectorAll("input"), i => i.GetAttribute("value") == organisation.Name);
        Assert.Contains("A member since", page.QuerySelector("[data-testid=membership-state]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPage_OffersAnEmptyForm_ForTheAdministrator()
    {
        var client = await portal.SignedInClientAsync(Administrator);

        var page = await client.GetDocumentAsync("/members/new");

        Assert.Equal("Add an organisation", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-testid=membership-state]"));
    }

    private static void Break(OrganisationForm form, string problem)
    {
        switch (problem)
        {
            case "empty name": form.Name = "  "; break;
            case "name too long": form.Name = new string('x', Organisation.NameMaxLength + 1); break;
            case "acronym too long": form.Acronym = new string('A', Organisation.AcronymMaxLength + 1); break;
            case "unknown type": form.Type = "Charity"; break;
            case "type as a number": form.Type = "22"; break;
            case "unknown scope": form.Scope = "Planetary"; break;
            case "unknown country": form.CountryCode = "QQ"; break;
            case "three-letter country": form.CountryCode = "COD"; break;
            case "not a date": form.JoinedOn = "last spring"; break;
            case "no joined date": form.JoinedOn = " "; break;
            default: throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }
    }

    // Local organisations that joined after the launch: the tests' additions only raise objective C's share.
    private static OrganisationForm ValidForm(string name, string? acronym = null) => new()
    {
        Name = name,
        Acronym = acronym,
        Type = nameof(OrganisationType.PartnerCountryBasedNgo),
        Scope = nameof(OrganisationScope.Local),
        CountryCode = "cd",
        JoinedOn = "2019-05-06",
    };

    private static string UniqueName(string name) => $"{name} {Guid.NewGuid():N}";

    private static MemberAdministrationService Service(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<MemberAdministrationService>();

    private async Task<ManagedOrganisation> AddAsSecretariatAsync(string name)
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var result = await Service(scope).AddAsync(ValidForm(name));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        return await FindAsync(result.Current!.Id);
    }

    private async Task<ManagedOrganisation> FindAsync(int id)
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var (access, organisation) = await Service(scope).GetAsync(id);
        Assert.Equal(FormAccess.Allowed, access);
        return organisation!;
    }

    private async Task<string> NormalizedNameAsync(int id)
    {
        await using var db = CreateContext();
        return await db.Organisations.Where(o => o.Id == id).Select(o => o.NormalizedName).SingleAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var db = CreateContext();
        return await db.Organisations.CountAsync();
    }

    private static MemberAdministrationService RacedService(AsyncServiceScope scope, Func<Task> competitor) =>
        RacedServices.WithCompetitorBeforeFirstSave<MemberAdministrationService>(scope, competitor);

    private AllianceDbContext CreateContext() =>
        portal.ArrangeDb();
}
