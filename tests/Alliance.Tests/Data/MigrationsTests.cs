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
