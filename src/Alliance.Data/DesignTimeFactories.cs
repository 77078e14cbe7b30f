using Alliance.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Alliance.Data;

// Used only by `dotnet ef` to build each provider's migrations; no database is opened.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAllianceDbContext>
{
    public SqliteAllianceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAllianceDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .UseApplicationServiceProvider(IdentitySchema.StandaloneServices)
            .Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAllianceDbContext>
{
    public SqlServerAllianceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAllianceDbContext>()
            .UseSqlServer("Server=localhost;Database=Alliance;Trusted_Connection=True;TrustServerCertificate=True")
            .UseApplicationServiceProvider(IdentitySchema.StandaloneServices)
            .Options);
}
