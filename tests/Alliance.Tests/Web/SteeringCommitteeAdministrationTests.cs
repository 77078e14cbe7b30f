using System.Globalization;
using System.Security.Claims;
using Alliance.Data;
using Alliance.Domain.Accounts;
using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;
using Alliance.Tests.Support;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features.SteeringCommittee;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>
/// The secretariat's work on the seats, through the service as each role. On its own portal and
/// database: these tests fill and free seats, which the shared portal's other tests must not see.
/// </summary>
public sealed class SteeringCommitteeAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Secretariat = "secretariat@alliance.test";
    private const string Admin = "admin@alliance.test";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [InlineData(Secretariat)]
    [InlineData(Admin)]
    public async Task StaffAssignsAVacantSeat_TheTenureIsStored_AndTheFiguresChange(string email)
    {
        var seat = await VacantSeatAsync();
        var organisation = await NewOrganisationAsync(OrganisationScope.Local);
        await using var scope = await portal.ScopeForUserAsync(email);
        var before = await OverviewAsync(scope);

        var result = await Service(scope).AssignAsync(seat.Number, Form(seat, organisation, "  Aminata Traoré "));

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        Assert.Equal($"Seat {seat.Number} is now held by {organisation.Name}.", result.Confirmation);
        var stored = await OpenTenureAsync(seat.Number);
        Assert.Equal((organisation.Id, "Aminata Traoré", Today, Today.AddYears(3)), (stored!.OrganisationId, stored.RepresentativeName, stored.StartDate, stored.TermEndsOn));
        var after = await OverviewAsync(scope);
        Assert.Equal(before.Figures.Held + 1, after.Figures.Held);
        Assert.Equal(before.Figures.Vacant - 1, after.Figures.Vacant);
        Assert.Equal(before.Figures.HeldByLocalNationalOrRegional + 1, after.Figures.HeldByLocalNationalOrRegional);
        Assert.Equal(SeatState.HeldByLocalNationalOrRegional, after.Seats.Single(s => s.Number == seat.Number).State);
        Assert.DoesNotContain((await CommitteeAsync(Service(scope))).Available, o => o.Id == organisation.Id);
    }

    [Theory]
    [InlineData("lead@alliance.test")]
    [InlineData("member@alliance.test")]
    public async Task LeadAndMember_AreRefusedEveryChange_EvenWithAForgedRole_AndNothingChanges(string email)
    {
        var held = await HeldSeatAsync();
        var vacant = await VacantSeatAsync();
        var organisation = await NewOrganisationAsync();
        await using var scope = await portal.ScopeForUserAsync(email, new Claim(ClaimTypes.Role, AllianceRoles.Secretariat));

        await AssertRefusedEverythingAsync(Service(scope), vacant, held, organisation);
    }

    [Fact]
    public async Task SomeoneNotSignedIn_IsRefusedEveryChange()
    {
        var held = await HeldSeatAsync();
        var vacant = await VacantSeatAsync();
        var organisation = await NewOrganisationAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));

        await AssertRefusedEverythingAsync(Service(scope), vacant, held, organisation);
    }

    [Fact]
    public async Task AssigningAnOrganisationThatHoldsAnotherSeat_IsRefusedOnTheOrganisation()
    {
        var held = await HeldSeatAsync();
        var vacant = await VacantSeatAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AssignAsync(vacant.Number, Form(vacant, held.Open!.Holder.Id));

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal($"{held.Open.Holder.Name} already holds seat {held.Number}; an organisation holds at most one seat.",
            result.Errors[nameof(SeatAssignmentForm.OrganisationId)]);
        Assert.Null(await OpenTenureAsync(vacant.Number));
    }

    public static TheoryData<string, string> InvalidAssignments => new()
    {
        { "no organisation", nameof(SeatAssignmentForm.OrganisationId) },
        { "unknown organisation", nameof(SeatAssignmentForm.OrganisationId) },
        { "former member", nameof(SeatAssignmentForm.OrganisationId) },
        { "joined after the start", nameof(SeatAssignmentForm.OrganisationId) },
        { "blank representative", nameof(SeatAssignmentForm.Representative) },
        { "representative too long", nameof(SeatAssignmentForm.Representative) },
        { "no start date", nameof(SeatAssignmentForm.StartDate) },
        { "not a date", nameof(SeatAssignmentForm.StartDate) },
        { "start before the last holder left", nameof(SeatAssignmentForm.StartDate) },
        { "term ends on its start", nameof(SeatAssignmentForm.TermEndsOn) },
        { "term ends before its start", nameof(SeatAssignmentForm.TermEndsOn) },
    };

    [Theory]
    [MemberData(nameof(InvalidAssignments))]
    public async Task InvalidAssignment_GetsAMessageOnItsField_AndNothingIsSaved(string problem, string field)
    {
        var seat = await VacantSeatAsync(heldBefore: problem == "start before the last holder left");
        var organisation = await NewOrganisationAsync(joinedOn: problem == "joined after the start" ? Today.AddDays(10) : null);
        if (problem == "former member")
        {
            await RecordLeavingAsync(organisation.Id, Today);
        }
        var form = Form(seat, organisation);
        Break(form, problem, seat.Row.VacantSince);
        var tenures = await CountTenuresAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AssignAsync(seat.Number, form);

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Errors.GetValueOrDefault(field)), $"No message on {field}: {string.Join(", ", result.Errors.Keys)}");
        Assert.Equal(tenures, await CountTenuresAsync());
    }

    [Fact]
    public async Task EmptyAssignmentForm_GetsEveryMessageAtOnce()
    {
        var seat = await VacantSeatAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AssignAsync(seat.Number, new SeatAssignmentForm { SeatVersion = seat.Version });

        Assert.Equal(
            [nameof(SeatAssignmentForm.OrganisationId), nameof(SeatAssignmentForm.Representative), nameof(SeatAssignmentForm.StartDate), nameof(SeatAssignmentForm.TermEndsOn)],
            result.Errors.Keys.Order());
    }

    [Fact]
    public async Task AssignmentFromAPageLoadedBeforeSomeoneElseFilledTheSeat_IsAConflict_AndTheirHolderStays()
    {
        var seat = await VacantSeatAsync();
        var theirs = await NewOrganisationAsync();
        var mine = await NewOrganisationAsync();
        await using (var other = await portal.ScopeForUserAsync(Admin))
        {
            Assert.True((await Service(other).AssignAsync(seat.Number, Form(seat, theirs))).Succeeded);
        }
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).AssignAsync(seat.Number, Form(seat, mine));

        Assert.Equal(ChangeOutcome.Conflict, result.Outcome);
        Assert.Equal($"Someone else has just assigned seat {seat.Number} to {theirs.Name}, so nothing was saved. The seat is shown below as it is now.", result.Message);
        Assert.Equal(theirs.Id, (await OpenTenureAsync(seat.Number))!.OrganisationId);
    }

    [Fact]
    public async Task EndingATenure_LeavesTheSeatVacantFromThatDay_AndFreesTheOrganisation()
    {
        var seat = await HeldSeatAsync(startedDaysAgo: 30);
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).ChangeTenureAsync(seat.Open!.Id, TenureChange.End, new TenureChangeForm { Date = Iso(Today), TenureVersion = seat.Open.Version });

        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        Assert.Null(await OpenTenureAsync(seat.Number));
        var row = (await OverviewAsync(scope)).Seats.Single(s => s.Number == seat.Number);
        Assert.True(row.IsVacant);
        Assert.Equal(Today, row.VacantSince);
        Assert.Equal(SeatStatus.Vacant, row.Status(Today));
        var committee = await CommitteeAsync(Service(scope));
        Assert.Contains(committee.Available, o => o.Id == seat.Open.Holder.Id);
        Assert.NotEqual(seat.Version, committee.Seats.Single(s => s.Number == seat.Number).Version);
    }

    [Fact]
    public async Task EndingOnOrBeforeItsStart_IsRefused_AndTheTenureStaysOpen()
    {
        var seat = await HeldSeatAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).ChangeTenureAsync(seat.Open!.Id, TenureChange.End, new TenureChangeForm { Date = Iso(seat.Open.StartDate), TenureVersion = seat.Open.Version });

        Assert.Equal(ChangeOutcome.Invalid, result.Outcome);
        Assert.Equal($"The tenure started on {seat.Open.StartDate.ToString("d", CultureInfo.CurrentCulture)}: it must end after that day.", result.Errors[nameof(TenureChangeForm.Date)]);
        Assert.NotNull(await OpenTenureAsync(seat.Number));
    }

    [Fact]
    public async Task RenewingATerm_MovesItsEnd_AndAnEarlierEndIsRefused()
    {
        var seat = await HeldSeatAsync();
        var later = seat.Open!.TermEndsOn.AddYears(2);
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var refused = await Service(scope).ChangeTenureAsync(seat.Open.Id, TenureChange.Renew, new TenureChangeForm { Date = Iso(seat.Open.TermEndsOn), TenureVersion = seat.Open.Version });

        var result = await Service(scope).ChangeTenureAsync(seat.Open.Id, TenureChange.Renew, new TenureChangeForm { Date = Iso(later), TenureVersion = seat.Open.Version });

        Assert.Equal(ChangeOutcome.Invalid, refused.Outcome);
        Assert.Contains("A renewed term must end after the current term end", refused.Errors[nameof(TenureChangeForm.Date)], StringComparison.Ordinal);
        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        Assert.Equal(later, (await OpenTenureAsync(seat.Number))!.TermEndsOn);
    }

    [Fact]
    public async Task ChangingTheRepresentative_ReplacesTheName_AndABlankOneIsRefused()
    {
        var seat = await HeldSeatAsync();
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var refused = await Service(scope).ChangeTenureAsync(seat.Open!.Id, TenureChange.ChangeRepresentative, new TenureChangeForm { Representative = " ", TenureVersion = seat.Open.Version });

        var result = await Service(scope).ChangeTenureAsync(seat.Open.Id, TenureChange.ChangeRepresentative, new TenureChangeForm { Representative = " Joseph Otieno ", TenureVersion = seat.Open.Version });

        Assert.Equal("Representative is required.", refused.Errors[nameof(TenureChangeForm.Representative)]);
        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        Assert.Equal($"{seat.Open.Holder.Name} is now represented on seat {seat.Number} by Joseph Otieno.", result.Confirmation);
        Assert.Equal("Joseph Otieno", (await OpenTenureAsync(seat.Number))!.RepresentativeName);
    }

    [Fact]
    public async Task TenureChangeFromAStaleForm_IsAConflict_AndTheFirstChangeStays()
    {
        var seat = await HeldSeatAsync();
        var renewedTo = seat.Open!.TermEndsOn.AddYears(1);
        await using (var other = await portal.ScopeForUserAsync(Admin))
        {
            Assert.True((await Service(other).ChangeTenureAsync(seat.Open.Id, TenureChange.Renew, new TenureChangeForm { Date = Iso(renewedTo), TenureVersion = seat.Open.Version })).Succeeded);
        }
        await using var scope = await portal.ScopeForUserAsync(Secretariat);

        var result = await Service(scope).ChangeTenureAsync(seat.Open.Id, TenureChange.End, new TenureChangeForm { Date = Iso(Today.AddDays(1)), TenureVersion = seat.Open.Version });

        Assert.Equal(ChangeOutcome.Conflict, result.Outcome);
        Assert.Contains(seat.Open.Holder.Name, result.Message, StringComparison.Ordinal);
        var stored = await OpenTenureAsync(seat.Number);
        Assert.Equal((renewedTo, (DateOnly?)null), (stored!.TermEndsOn, stored.EndedOn));
    }

    [Fact]
    public async Task Messages_AreInFrench_ForAFrenchUser()
    {
        var seat = await VacantSeatAsync();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fr");
        try
        {
            await using var scope = await portal.ScopeForUserAsync(Secretariat);

            var result = await Service(scope).AssignAsync(seat.Number, new SeatAssignmentForm { StartDate = "2020-01-01", TermEndsOn = "2019-01-01", SeatVersion = seat.Version });

            Assert.Equal("Choisissez une organisation membre dans la liste.", result.Errors[nameof(SeatAssignmentForm.OrganisationId)]);
            Assert.Equal("Représentant·e : ce champ est obligatoire.", result.Errors[nameof(SeatAssignmentForm.Representative)]);
            Assert.Equal("Le mandat doit se terminer après son début.", result.Errors[nameof(SeatAssignmentForm.TermEndsOn)]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private async Task AssertRefusedEverythingAsync(SeatAdministrationService seats, ManagedSeat vacant, ManagedSeat held, Organisation organisation)
    {
        var tenures = await CountTenuresAsync();
        var open = await OpenTenureAsync(held.Number);

        Assert.Equal(FormAccess.Forbidden, (await seats.GetCommitteeAsync()).Access);
        Assert.Equal(ChangeOutcome.Refused, (await seats.AssignAsync(vacant.Number, Form(vacant, organisation))).Outcome);
        var tenure = held.Open!;
        Assert.Equal(ChangeOutcome.Refused, (await seats.ChangeTenureAsync(tenure.Id, TenureChange.End, new TenureChangeForm { Date = Iso(Today.AddDays(1)), TenureVersion = tenure.Version })).Outcome);
        Assert.Equal(ChangeOutcome.Refused, (await seats.ChangeTenureAsync(tenure.Id, TenureChange.Renew, new TenureChangeForm { Date = Iso(tenure.TermEndsOn.AddYears(1)), TenureVersion = tenure.Version })).Outcome);
        Assert.Equal(ChangeOutcome.Refused, (await seats.ChangeTenureAsync(tenure.Id, TenureChange.ChangeRepresentative, new TenureChangeForm { Representative = "Forged", TenureVersion = tenure.Version })).Outcome);

        Assert.Equal(tenures, await CountTenuresAsync());
        Assert.Null(await OpenTenureAsync(vacant.Number));
        var after = await OpenTenureAsync(held.Number);
        Assert.Equal((open!.RepresentativeName, open.TermEndsOn, open.EndedOn), (after!.RepresentativeName, after.TermEndsOn, after.EndedOn));
    }

    private static void Break(SeatAssignmentForm form, string problem, DateOnly? lastHolderLeft)
    {
        switch (problem)
        {
            case "no organisation": form.OrganisationId = ""; break;
            case "unknown organisation": form.OrganisationId = "999999"; break;
            case "former member": break;
            case "joined after the start": break;
            case "blank representative": form.Representative = "   "; break;
            case "representative too long": form.Representative = new string('x', SeatTenure.RepresentativeMaxLength + 1); break;
            case "no start date": form.StartDate = ""; break;
            case "not a date": form.StartDate = "the first of June"; break;
            case "start before the last holder left": form.StartDate = Iso(lastHolderLeft!.Value.AddDays(-1)); break;
            case "term ends on its start": form.TermEndsOn = form.StartDate; break;
            case "term ends before its start": form.TermEndsOn = Iso(Today.AddDays(-1)); break;
            default: throw new ArgumentOutOfRangeException(nameof(problem), problem, null);
        }
    }

    private static SeatAssignmentForm Form(ManagedSeat seat, Organisation organisation, string representative = "Grace Mwangi") =>
        Form(seat, organisation.Id, representative);

    private static SeatAssignmentForm Form(ManagedSeat seat, int organisationId, string representative = "Grace Mwangi") => new()
    {
        OrganisationId = organisationId.ToString(CultureInfo.InvariantCulture),
        Representative = representative,
        StartDate = Iso(Today),
        TermEndsOn = Iso(Today.AddYears(3)),
        SeatVersion = seat.Version,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SeatAdministrationService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SeatAdministrationService>();

    private static Task<CommitteeOverview> OverviewAsync(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<SteeringCommitteeService>().GetOverviewAsync();

    private static async Task<ManagedCommittee> CommitteeAsync(SeatAdministrationService seats)
    {
        var (access, committee) = await seats.GetCommitteeAsync();
        Assert.Equal(FormAccess.Allowed, access);
        return committee!;
    }

    /// <summary>
    /// A seat that is vacant today and has no tenure to come (and, if asked, was held before). The demo
    /// committee has four; once earlier tests have filled them, a long-held seat is freed from 60 days ago.
    /// </summary>
    private async Task<ManagedSeat> VacantSeatAsync(bool heldBefore = false)
    {
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var committee = await CommitteeAsync(Service(scope));
        if (committee.Seats.FirstOrDefault(s => s.CanAssign && s.Row.IsVacant && (!heldBefore || s.Row.VacantSince is not null)) is { } vacant)
        {
            return vacant;
        }
        var held = committee.Seats.Last(s => s.Open is { } t && t.StartDate < Today.AddDays(-90));
        var ended = await Service(scope).ChangeTenureAsync(held.Open!.Id, TenureChange.End, new TenureChangeForm { Date = Iso(Today.AddDays(-60)), TenureVersion = held.Open.Version });
        Assert.True(ended.Succeeded, ended.Message);
        return (await CommitteeAsync(Service(scope))).Seats.Single(s => s.Number == held.Number);
    }

    /// <summary>A seat given, for this test alone, to a new organisation.</summary>
    private async Task<ManagedSeat> HeldSeatAsync(int startedDaysAgo = 10)
    {
        var seat = await VacantSeatAsync();
        var organisation = await NewOrganisationAsync(joinedOn: Today.AddYears(-1));
        await using var scope = await portal.ScopeForUserAsync(Secretariat);
        var form = Form(seat, organisation);
        var lastLeft = seat.Row.VacantSince ?? DateOnly.MinValue;
        form.StartDate = Iso(Today.AddDays(-startedDaysAgo) > lastLeft ? Today.AddDays(-startedDaysAgo) : lastLeft);
        var result = await Service(scope).AssignAsync(seat.Number, form);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        return (await CommitteeAsync(Service(scope))).Seats.Single(s => s.Number == seat.Number);
    }

    private async Task<Organisation> NewOrganisationAsync(OrganisationScope scope = OrganisationScope.National, DateOnly? joinedOn = null)
    {
        await using var db = CreateContext();
        var organisation = new Organisation($"Test organisation {Guid.NewGuid():N}", null, OrganisationType.NationalNgo, scope, "KE", joinedOn ?? new DateOnly(2016, 1, 1));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    private async Task RecordLeavingAsync(int organisationId, DateOnly leftOn)
    {
        await using var db = CreateContext();
        (await db.Organisations.SingleAsync(o => o.Id == organisationId)).RecordLeaving(leftOn);
        await db.SaveChangesAsync();
    }

    private async Task<SeatTenure?> OpenTenureAsync(int seatNumber)
    {
        await using var db = CreateContext();
        return await db.SeatTenures.AsNoTracking().SingleOrDefaultAsync(t => t.Seat.Number == seatNumber && t.EndedOn == null);
    }

    private async Task<int> CountTenuresAsync()
    {
        await using var db = CreateContext();
        return await db.SeatTenures.CountAsync();
    }

    private AllianceDbContext CreateContext() => portal.ArrangeDb();
}
