using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Data.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Support;

/// <summary>A real SQLite file, migrated, deleted afterwards. Never EF's in-memory provider.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly DbContextOptions<SqliteAllianceDbContext> _options;

    public SqliteTestDatabase(bool migrate = true)
    {
        FilePath = Path.Combine(Path.GetTempPath(), $"alliance-test-{Guid.NewGuid():N}.db");
        ConnectionString = $"Data Source={FilePath}";
        _options = new DbContextOptionsBuilder<SqliteAllianceDbContext>()
            .UseSqlite(ConnectionString)
            .UseApplicationServiceProvider(IdentitySchema.StandaloneServices)
            .AddInterceptors(new VersionStampInterceptor())
            .Options;
        if (migrate)
        {
            using var db = CreateContext();
            db.Database.Migrate();
        }
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public AllianceDbContext CreateContext() => new SqliteAllianceDbContext(_options) { Actor = TestDatabaseExtensions.Arrangement };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-shm", "-wal", ".lock" })
        {
            File.Delete(FilePath + suffix);
        }
    }
}
