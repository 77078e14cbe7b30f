using Alliance.Data.Auditing;
using Alliance.Domain.Members;
using Alliance.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Data;

/// <summary>The audit trail as the database keeps it, on a real SQLite file.</summary>
public sealed class AuditTrailDataTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public void TheDatabaseRefusesToChangeOrRemoveAnAuditEntry()
    {
        using (var db = _database.CreateContext())
        {
            db.Organisations.Add(NewOrganisation());
            db.SaveChanges();
        }
        using var check = _database.CreateContext();
        var id = check.AuditEntries.Select(e => e.Id).First();

        var update = Assert.ThrowsAny<Exception>(() => check.Database.ExecuteSqlRaw("UPDATE \"AuditEntries\" SET \"ActorName\" = 'someone else'"));
        var delete = Assert.ThrowsAny<Exception>(() => check.Database.ExecuteSqlRaw("DELETE FROM \"AuditEntries\""));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(TestDatabaseExtensions.Arrangement.Name, check.AuditEntries.Single(e => e.Id == id).ActorName);
    }

    [Fact]
    public async Task ASaveWithNoActor_IsRefused_AndNothingIsSaved()
    {
        await using (var db = _database.CreateContext())
        {
            db.Actor = null;
            db.Organisations.Add(NewOrganisation("Nobody's organisation"));
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("no actor", refused.Message, StringComparison.Ordinal);
        }
        await using var check = _database.CreateContext();
        Assert.False(await check.Organisations.AnyAsync(o => o.Name == "Nobody's organisation"));
    }

    [Fact]
    public async Task AChangeThatTheDatabaseRefuses_LeavesNoAuditEntry()
    {
        await using (var db = _database.CreateContext())
        {
            db.Organisations.Add(NewOrganisation("Twin"));
            await db.SaveChangesAsync();
        }
        var before = await CountAsync();
        await using (var db = _database.CreateContext())
        {
            db.Organisations.Add(NewOrganisation("Twin"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task ARemovedRow_IsRecordedWithItsLastValues_AndANewRowWithTheKeyItGot()
    {
        Organisation organisation;
        await using (var db = _database.CreateContext())
        {
            organisation = NewOrganisation("Short-lived network");
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            db.Organisations.Remove(organisation);
            await db.SaveChangesAsync();
        }
        await using var check = _database.CreateContext();
        var key = organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await check.AuditEntries.Where(e => e.Entity == "Organisation" && e.EntityKey == key).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditKinds.Added, AuditKinds.Deleted], entries.Select(e => e.Kind));
        Assert.Contains("\"Name\":{\"old\":\"Short-lived network\"}", entries[1].Changes);
    }

    [Fact]
    public async Task AnEvent_IsRecordedWithoutAnyRowChanging()
    {
        await using var db = _database.CreateContext();
        await db.RecordEventAsync(new AuditActor(null, "(not signed in)", "203.0.113.7", "sign in failed"), AuditEntity.Session, "someone@example.org");

        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "sign in failed");
        Assert.Equal((AuditKinds.Event, "203.0.113.7", "someone@example.org"), (entry.Kind, entry.Address, entry.EntityKey));
    }

    private async Task<int> CountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.AuditEntries.CountAsync();
    }

    private static Organisation NewOrganisation(string name = "Audited network") =>
        new(name, null, OrganisationType.NationalNgo, OrganisationScope.National, "KE", new DateOnly(2016, 1, 1));

    public void Dispose() => _database.Dispose();
}
