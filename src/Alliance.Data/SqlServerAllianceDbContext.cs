using Microsoft.EntityFrameworkCore;

namespace Alliance.Data;

/// <summary>Production: SQL Server or Azure SQL.</summary>
public sealed class SqlServerAllianceDbContext(DbContextOptions<SqlServerAllianceDbContext> options) : AllianceDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }
}
