using System.Globalization;
using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;
using Alliance.Tests.Support;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features;
using Alliance.Web.Features.SteeringCommittee;
using Alliance.Web.Resources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alliance.Tests.Data;

/// <summary>
/// Two secretariat users giving the same vacant seat at the same moment, on the portal's real SQLite
/// file: one wins, the other is told, and the seat has exactly one holder. Its own portal and
/// database, since every test here fills a seat.
/// </summary>
public sealed class ConcurrentSeatAssignmentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private const int SqliteConstraintViolation = 19;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task TwoAssignmentsOfTheSameSeatAtOnce_OneWins_TheOtherGetsAConflict_AndTheSeatHasOneHolder()
    {
        var seatNumber = await VacantSeatAsync();
        var (first, second) = (await NewOrganisationAsync(), await NewOrganisationAsync());
        var version = await SeatVersionAsync(seatNumber);
        // Both have read the seat as vacant and passed every check before either saves.
        var bothReady = new Barrier(2);
        await using var secretariat = await portal.ScopeForUserAsync("secretariat@alliance.test");
        await using var admin = await portal.ScopeForUserAsync("admin@alliance.test");

        var results = await Task.WhenAll(
            Task.Run(() => Service(secretariat, new MeetBeforeSaving(bothReady)).AssignAsync(seatNumber, Form(first, version))),
            Task.Run(() => Service(admin, new MeetBeforeSaving(bothReady)).AssignAsync(seatNumber, Form(second, version))));

        Assert.Equal([ChangeOutcome.Saved, ChangeOutcome.Conflict], results.Select(r => r.Outcome).Order());
        var winner = results[0].Succeeded ? first : second;
        var open = await OpenTenuresAsync(seatNumber);
        Assert.Equal([winner.Id], open);
        var loser = results.Single(r => !r.Succeeded);
        Assert.Equal($"Someone else has just assigned seat {seatNumber} to {winner.Name}, so nothing was saved. The seat is shown below as it is now.", loser.Message);
    }

    [Fact]
    public async Task AnOpenTenureWrittenBehindTheServicesBack_IsRefusedByTheDatabase_AndReportedAsTheSeatTaken()
    {
        var seatNumber = await VacantSeatAsync();
        var (intruder, mine) = (await NewOrganisationAsync(), await NewOrganisationAsync());
        var version = await SeatVersionAsync(seatNumber);
        await using var scope = await portal.ScopeForUserAsync("secretariat@alliance.test");
        // Bypasses the domain and the seat's version: only the unique index on open tenures can stop the second holder.
        var service = Service(scope, new RacedServices.CompetitorBeforeFirstSave(() => InsertOpenTenureAsync(seatNumber, intruder.Id)));

        var result = await service.AssignAsync(seatNumber, Form(mine, version));

        Assert.Equal(ChangeOutcome.Conflict, result.Outcome);
        Assert.Contains(intruder.Name, result.Message, StringComparison.Ordinal);
        Assert.Equal([intruder.Id], await OpenTenuresAsync(seatNumber));
    }

    [Fact]
    public async Task OneOrganisationGivenTwoSeatsAtOnce_HoldsOnlyOne_AndTheOtherSeatStaysVacant()
    {
        var firstSeat = await VacantSeatAsync();
        var secondSeat = await VacantSeatAsync(except: firstSeat);
        var organisation = await NewOrganisationAsync();
        var (firstVersion, secondVersion) = (await SeatVersionAsync(firstSeat), await SeatVersionAsync(secondSeat));
        var bothReady = new Barrier(2);
        await using var secretariat = await portal.ScopeForUserAsync("secretariat@alliance.test");
        await using var admin = await portal.ScopeForUserAsync("admin@alliance.test");

        var results = await Task.WhenAll(
            Task.Run(() => Service(secretariat, new MeetBeforeSaving(bothReady)).AssignAsync(firstSeat, Form(organisation, firstVersion))),
            Task.Run(() => Service(admin, new MeetBeforeSaving(bothReady)).AssignAsync(secondSeat, Form(organisation, secondVersion))));

        Assert.Equal([ChangeOutcome.Saved, ChangeOutcome.Invalid], results.Select(r => r.Outcome).Order());
        var (taken, refused) = results[0].Succeeded ? (firstSeat, secondSeat) : (secondSeat, firstSeat);
        Assert.Equal([organisation.Id], await OpenTenuresAsync(taken));
        Assert.Empty(await OpenTenuresAsync(refused));
        Assert.Equal($"{organisation.Name} already holds seat {taken}; an organisation holds at most one seat.",
            results.Single(r => !r.Succeeded).Errors[nameof(SeatAssignmentForm.OrganisationId)]);
    }

    [Fact]
    public async Task TwoWritersPastTheDomainAndTheVersion_TheDatabaseRefusesTheSecondOpenTenure()
    {
        var seatNumber = await VacantSeatAsync();
        var (first, second) = (await NewOrganisationAsync(), await NewOrganisationAsync());
        await using var one = CreateContext();
        await using var two = CreateContext();
        // Both load the seat while it is vacant, so both domain checks pass; neither touches the seat's version.
        await AssignWithoutVersionCheckAsync(one, seatNumber, first.Id);
        await AssignWithoutVersionCheckAsync(two, seatNumber, second.Id);
        await one.SaveChangesAsync();

        var refused = await Assert.ThrowsAnyAsync<DbUpdateException>(() => two.SaveChangesAsync());

        Assert.IsNotType<DbUpdateConcurrencyException>(refused);
        Assert.Equal(SqliteConstraintViolation, Assert.IsType<SqliteException>(refused.InnerException).SqliteErrorCode);
        Assert.Equal([first.Id], await OpenTenuresAsync(seatNumber));
    }

    private static async Task AssignWithoutVersionCheckAsync(AllianceDbContext db, int seatNumber, int organisationId)
    {
        var seat = await db.SteeringCommitteeSeats.Include(s => s.Tenures).SingleAsync(s => s.Number == seatNumber);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId);
        new Committee([seat]).Assign(seatNumber, organisation, "Representative", Today, Today.AddYears(3));
    }

    private static SeatAdministrationService Service(AsyncServiceScope scope, IInterceptor interceptor) =>
        RacedServices.Create<SeatAdministrationService>(scope, interceptor);

    private static SeatAssignmentForm Form(Organisation organisation, Guid seatVersion) => new()
    {
        OrganisationId = organisation.Id.ToString(CultureInfo.InvariantCulture),
        Representative = "Grace Mwangi",
        StartDate = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TermEndsOn = Today.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SeatVersion = seatVersion,
    };

    /// <summary>A seat with no holder today and none to come; once the demo's vacant seats are used, a held seat is freed.</summary>
    private async Task<int> VacantSeatAsync(int? except = null)
    {
        await using var db = CreateContext();
        var seats = await db.SteeringCommitteeSeats.Include(s => s.Tenures).OrderBy(s => s.Number).ToListAsync();
        if (seats.FirstOrDefault(s => s.Number != except && s.OpenTenure is null && s.IsVacant(Today)) is { } vacant)
        {
            return vacant.Number;
        }
        var held = seats.Last(s => s.Number != except && s.OpenTenure is { } t && t.StartDate < Today.AddDays(-90));
        held.OpenTenure!.End(Today.AddDays(-60));
        await db.SaveChangesAsync();
        return held.Number;
    }

    private async Task<Guid> SeatVersionAsync(int seatNumber)
    {
        await using var db = CreateContext();
        return await db.SteeringCommitteeSeats.Where(s => s.Number == seatNumber)
            .Select(s => EF.Property<Guid>(s, "Version")).SingleAsync();
    }

    private async Task<Organisation> NewOrganisationAsync()
    {
        await using var db = CreateContext();
        var organisation = new Organisation($"Racing organisation {Guid.NewGuid():N}", null, OrganisationType.NationalNgo, OrganisationScope.National, "SN", new DateOnly(2016, 1, 1));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    private async Task InsertOpenTenureAsync(int seatNumber, int organisationId)
    {
        await using var db = CreateContext();
        var seatId = await db.SteeringCommitteeSeats.Where(s => s.Number == seatNumber).Select(s => s.Id).SingleAsync();
        var start = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = Today.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO SeatTenures (SeatId, OrganisationId, RepresentativeName, StartDate, TermEndsOn, EndedOn, Version) VALUES ({seatId}, {organisationId}, 'Written directly', {start}, {end}, NULL, {Guid.NewGuid()})");
    }

    private async Task<List<int>> OpenTenuresAsync(int seatNumber)
    {
        await using var db = CreateContext();
        return await db.SeatTenures.Where(t => t.Seat.Number == seatNumber && t.EndedOn == null).Select(t => t.OrganisationId).ToListAsync();
    }

    private AllianceDbContext CreateContext() => portal.ArrangeDb();

    /// <summary>Holds each save until the other writer is about to save too: the moment both click at once.</summary>
    private sealed class MeetBeforeSaving(Barrier barrier) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Assert.True(barrier.SignalAndWait(Patience), "The other assignment never reached its save: it was refused before the race.");
            return ValueTask.FromResult(result);
        }
    }
}
