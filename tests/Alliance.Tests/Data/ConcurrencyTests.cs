using Alliance.Data.Concurrency;
using Alliance.Domain.Members;
using Alliance.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Data;

public sealed class ConcurrencyTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public void TwoEditorsOfTheSameRow_SecondSaveIsRefused_AndTheFirstEditStays()
    {
        var id = AddOrganisation();
        using var first = _database.CreateContext();
        using var second = _database.CreateContext();
        var mine = first.Organisations.Single(o => o.Id == id);
        var theirs = second.Organisations.Single(o => o.Id == id);

        mine.Update("Kivu Child Rights Network", "KCRN", OrganisationType.NationalNgo, OrganisationScope.National, "CD", mine.JoinedOn);
        first.SaveChanges();
        theirs.Update("Kivu Network", "KN", OrganisationType.NationalNgo, OrganisationScope.Local, "CD", theirs.JoinedOn);

        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());
        using var check = _database.CreateContext();
        Assert.Equal("KCRN", check.Organisations.Single(o => o.Id == id).Acronym);
    }

    [Fact]
    public void EveryChange_GetsANewVersion()
    {
        var id = AddOrganisation();
        using var db = _database.CreateContext();
        var organisation = db.Organisations.Single(o => o.Id == id);
        var before = db.VersionOf(organisation);

        organisation.RecordLeaving(new DateOnly(2020, 1, 1));
        db.SaveChanges();

        Assert.NotEqual(Guid.Empty, before);
        Assert.NotEqual(before, db.VersionOf(organisation));
    }

    [Fact]
    public void SaveWithTheVersionAFormWasLoadedWith_IsRefused_WhenTheRowChangedSince()
    {
        var id = AddOrganisation();
        Guid versionInForm;
        using (var load = _database.CreateContext())
        {
            versionInForm = load.VersionOf(load.Organisations.Single(o => o.Id == id));
        }
        using (var other = _database.CreateContext())
        {
            other.Organisations.Single(o => o.Id == id).RecordLeaving(new DateOnly(2019, 1, 1));
            other.SaveChanges();
        }

        using var db = _database.CreateContext();
        var organisation = db.Organisations.Single(o => o.Id == id);
        db.Entry(organisation).ExpectVersion(versionInForm);
        organisation.Update("Renamed", null, OrganisationType.NationalNgo, OrganisationScope.National, "ML", organisation.JoinedOn);

        Assert.Throws<DbUpdateConcurrencyException>(() => db.SaveChanges());
    }

    [Fact]
    public void TouchedParent_IsVersionChecked_EvenWhenNoneOfItsColumnsChanged()
    {
        var id = AddOrganisation();
        using var first = _database.CreateContext();
        using var second = _database.CreateContext();
        var mine = first.Organisations.Single(o => o.Id == id);
        var theirs = second.Organisations.Single(o => o.Id == id);
        first.Entry(mine).TouchVersion();
        first.SaveChanges();

        second.Entry(theirs).TouchVersion();

        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());
    }

    private int AddOrganisation()
    {
        using var db = _database.CreateContext();
        var organisation = new Organisation("Kivu Child Rights Network", null, OrganisationType.NationalNgo, OrganisationScope.Local, "CD", new DateOnly(2017, 3, 1));
        db.Organisations.Add(organisation);
        db.SaveChanges();
        return organisation.Id;
    }

    public void Dispose() => _database.Dispose();
}
