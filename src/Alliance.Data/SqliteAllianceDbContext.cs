using Microsoft.EntityFrameworkCore;

namespace Alliance.Data;

/// <summary>The embedded default: a SQLite file in the app's data folder.</summary>
public sealed class SqliteAllianceDbContext(DbContextOptions<SqliteAllianceDbContext> options) : AllianceDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no decimal type and cannot compare or sum EF's text-stored decimals;
        // indicator values need neither more than double precision nor exact cents.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
