using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;
using Alliance.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Data;

/// <summary>The database itself refuses what the domain forbids, for when two writers race past the domain's checks.</summary>
public sealed class DatabaseConstraintTests : IDisposable
{
    private const int SqliteConstraintViolation = 19;

    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public void SecondOpenTenureOfASeat_IsRefusedByTheDatabase()
    {
        var (seatId, _) = SeedSeatHeldBy("Save the Children");
        var otherOrganisation = AddOrganisation("Terre des hommes");

        using var db = _database.CreateContext();
        var ex = Assert.Throws<SqliteException>(() => db.Database.ExecuteSql(
            $"INSERT INTO SeatTenures (SeatId, OrganisationId, RepresentativeName, StartDate, TermEndsOn, EndedOn, Version) VALUES ({seatId}, {otherOrganisation}, 'Bypassing the domain', '2019-01-01', '2021-01-01', NULL, {Guid.NewGuid()})"));
        Assert.Equal(SqliteConstraintViolation, ex.SqliteErrorCode);
    }

    [Fact]
    public void ASecondPlanInForce_IsRefusedByTheDatabase_WhileDraftsAreMany()
    {
        using var db = _database.CreateContext();
        foreach (var start in new[] { 2018, 2021, 2026 })
        {
            var plan = new Alliance.Domain.Plans.StrategicPlan($"Plan {start}", $"Plan {start}", start, start + 2, new DateOnly(start, 1, 15));
            Tests.Domain.DomainBuilders.AddObjective(plan);
            if (start == 2018)
            {
                plan.PutInForce();
            }
            db.StrategicPlans.Add(plan);
        }
        db.SaveChanges();
        var draft = db.StrategicPlans.Single(p => p.StartYear == 2021);

        draft.PutInForce();

        var ex = Assert.Throws<DbUpdateException>(() => db.SaveChanges());
        Assert.Equal(SqliteConstraintViolation, Assert.IsType<SqliteException>(ex.InnerException).SqliteErrorCode);
    }

    [Fact]
    public void SecondOpenSeatForAnOrganisation_IsRefusedByTheDatabase()
    {
        var (_, organisationId) = SeedSeatHeldBy("UNICEF");
        using var db = _database.CreateContext();
        var otherSeat = new SteeringCommitteeSeat(2);
        db.SteeringCommitteeSeats.Add(otherSeat);
        db.SaveChanges();

        var ex = Assert.Throws<SqliteException>(() => db.Database.ExecuteSql(
            $"INSERT INTO SeatTenures (SeatId, OrganisationId, RepresentativeName, StartDate, TermEndsOn, EndedOn, Version) VALUES ({otherSeat.Id}, {organisationId}, 'Bypassing the domain', '2019-01-01', '2021-01-01', NULL, {Guid.NewGuid()})"));
        Assert.Equal(SqliteConstraintViolation, ex.SqliteErrorCode);
    }

    [Fact]
    public void EndedTenures_DoNotBlockANewHolder()
    {
        var (seatId, _) = SeedSeatHeldBy("Plan International");
        using (var db = _database.CreateContext())
        {
            var seat = db.SteeringCommitteeSeats.Include(s => s.Tenures).Single(s => s.Id == seatId);
            seat.OpenTenure!.End(new DateOnly(2019, 6, 30));
            db.SaveChanges();
        }
        var next = AddOrganisation("War Child");

        using var check = _database.CreateContext();
        check.Database.ExecuteSql(
            $"INSERT INTO SeatTenures (SeatId, OrganisationId, RepresentativeName, StartDate, TermEndsOn, EndedOn, Version) VALUES ({seatId}, {next}, 'Next holder', '2019-07-01', '2022-06-30', NULL, {Guid.NewGuid()})");
        Assert.Equal(2, check.SeatTenures.Count(t => t.SeatId == seatId));
    }

    [Fact]
    public void SeatNumberBeyondTwentyOne_IsRefusedByTheDatabase()
    {
        using var db = _database.CreateContext();

        var ex = Assert.Throws<SqliteException>(() => db.Database.ExecuteSql(
            $"INSERT INTO SteeringCommitteeSeats (Number, Version) VALUES (22, {Guid.NewGuid()})"));
        Assert.Equal(SqliteConstraintViolation, ex.SqliteErrorCode);
        db.Database.ExecuteSql($"INSERT INTO SteeringCommitteeSeats (Number, Version) VALUES (21, {Guid.NewGuid()})");
    }

    [Fact]
    public void DuplicateOrganisationName_IsRefusedByTheDatabase()
    {
        AddOrganisation("IRC");

        Assert.ThrowsAny<DbUpdateException>(() => AddOrganisation("IRC"));
    }

    private (int SeatId, int OrganisationId) SeedSeatHeldBy(string organisationName)
    {
        using var db = _database.CreateContext();
        var organisation = new Organisation(organisationName, null, OrganisationType.InternationalNgo, OrganisationScope.Global, null, new DateOnly(2015, 1, 1));
        var seat = new SteeringCommitteeSeat(1);
        new Committee([seat]).Assign(1, organisation, "A representative", new DateOnly(2018, 1, 1), new DateOnly(2021, 1, 1));
        db.SteeringCommitteeSeats.Add(seat);
        db.SaveChanges();
        return (seat.Id, organisation.Id);
    }

    private int AddOrganisation(string name)
    {
        using var db = _database.CreateContext();
        var organisation = new Organisation(name, null, OrganisationType.InternationalNgo, OrganisationScope.Global, null, new DateOnly(2015, 1, 1));
        db.Organisations.Add(organisation);
        db.SaveChanges();
        return organisation.Id;
    }

    public void Dispose() => _database.Dispose();
}
