using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Data;

// Used only by `dotnet ef` to build each provider's migrations; no database is opened.
// The running app sets Identity's schema version 3 through IdentityOptions; design-time tools
// have no app services and would silently build version 1 (STACK-NOTES trap 2), so these
// factories give the context the same option.

internal static class DesignTimeServices
{
    public static IServiceProvider Identity { get; } = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAllianceDbContext>
{
    public SqliteAllianceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAllianceDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .UseApplicationServiceProvider(DesignTimeServices.Identity)
            .Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAllianceDbContext>
{
    public SqlServerAllianceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAllianceDbContext>()
            .UseSqlServer("Server=localhost;Database=Alliance;Trusted_Connection=True;TrustServerCertificate=True")
            .UseApplicationServiceProvider(DesignTimeServices.Identity)
            .Options);
}
