using Alliance.Data;
using Alliance.Tests.Support;
using Alliance.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Data;

public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel_TheRunningAppBuilds()
    {
        using var app = BuildPortal(("Database:Provider", "Sqlite"), ("ConnectionStrings:Alliance", "Data Source=:memory:"));
        using var db = app.ArrangeDb();

        Assert.IsType<SqliteAllianceDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: the model has changed (see README).");
    }

    [Fact]
    public void SqlServerMigrations_MatchTheModel_TheRunningAppBuilds()
    {
        using var app = BuildPortal(("Database:Provider", "SqlServer"),
            ("ConnectionStrings:Alliance", "Server=nowhere.invalid;Database=Alliance;User Id=sa;Password=x;TrustServerCertificate=True"));
        using var db = app.ArrangeDb();

        Assert.IsType<SqlServerAllianceDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQL Server migration: the model has changed (see README).");
        // The Identity schema version 3 (passkeys) must be in both the model and the migrations.
        Assert.NotNull(db.Model.FindEntityType(typeof(Microsoft.AspNetCore.Identity.IdentityUserPasskey<string>)));
    }

    [Fact]
    public void SqlServerIdempotentScript_CoversEveryTable()
    {
        using var app = BuildPortal(("Database:Provider", "SqlServer"),
            ("ConnectionStrings:Alliance", "Server=nowhere.invalid;Database=Alliance;User Id=sa;Password=x;TrustServerCertificate=True"));
        using var db = app.ArrangeDb();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct())
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }
        Assert.Contains("IX_SeatTenures_OpenPerSeat", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    [Fact]
    public void SqliteMigrations_CreateEveryTable_OnAnEmptyFile()
    {
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();

        Assert.Empty(db.Database.GetPendingMigrations());
        var tables = db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToList();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct())
        {
            Assert.Contains(table, tables);
        }
    }

    [Fact]
    public void PlanStructureMigration_GivesAStoredPlanItsKindsOfElement_AndItsCategoriesOfWork()
    {
        using var database = new SqliteTestDatabase(migrate: false);
        using (var before = database.CreateContext())
        {
            before.GetService<IMigrator>().Migrate("20261203135523_PlanCommitmentsAndPrecepts");
            before.Database.ExecuteSqlRaw("""
                INSERT INTO StrategicPlans (Id, TitleEn, TitleFr, StartYear, EndYear, Version) VALUES (7, 'Plan', 'Plan', 2018, 2020, '0b8f4c1e-8a47-4a0e-9d1e-4c3b2a1f0e9d');
                INSERT INTO Objectives (StrategicPlanId, Code, Kind, TitleEn, TitleFr, StatementEn, StatementFr, SortOrder, Version) VALUES
                    (7, 'A', 'StrategicObjective', 'A', 'A', 'S', 'S', 1, '1b8f4c1e-8a47-4a0e-9d1e-4c3b2a1f0e9d'),
                    (7, 'PREV', 'SecondaryPriority', 'P', 'P', 'S', 'S', 2, '2b8f4c1e-8a47-4a0e-9d1e-4c3b2a1f0e9d');
                INSERT INTO CategoriesOfWork (Code, NameEn, NameFr, SortOrder, Version) VALUES ('advocacy', 'Advocacy', 'Plaidoyer', 1, '3b8f4c1e-8a47-4a0e-9d1e-4c3b2a1f0e9d');
                """);
        }

        using var db = database.CreateContext();
        db.Database.Migrate();

        var plan = db.StrategicPlans.Include(p => p.Objectives).ThenInclude(o => o.Kind).Include(p => p.Categories).Include(p => p.ElementKinds).Single();
        Assert.Equal(["objective", "secondary-priority"], plan.ElementKinds.OrderBy(k => k.SortOrder).Select(k => k.Code));
        Assert.Equal([("A", "objective", false), ("PREV", "secondary-priority", true)],
            plan.Objectives.OrderBy(o => o.SortOrder).Select(o => (o.Code, o.Kind.Code, o.Kind.IsCrossCutting)));
        Assert.Equal(("Objectif stratégique", "Priorités secondaires"), (plan.ElementKinds[0].NameFr, plan.ElementKinds[1].PluralFr));
        Assert.Equal(["advocacy"], plan.Categories.Select(c => c.Code));
        // The versions the migration wrote are read back as versions, so the kinds can be edited like any row.
        Assert.All(plan.ElementKinds, k => Assert.NotEqual(Guid.Empty, db.Entry(k).Property<Guid>("Version").CurrentValue));
    }

    /// <summary>The portal's real service registrations, without starting it or touching a database.</summary>
    private static Microsoft.AspNetCore.Builder.WebApplication BuildPortal(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration[Alliance.Web.Hosting.KeyProtection.PathSetting] = TestCertificates.SharedPath;
        builder.Configuration[Alliance.Web.Hosting.KeyProtection.PasswordSetting] = TestCertificates.Password;
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }
        builder.AddAlliancePortal();
        return builder.Build();
    }
}
