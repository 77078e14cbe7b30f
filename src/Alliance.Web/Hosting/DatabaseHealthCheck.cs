using Alliance.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Alliance.Web.Hosting;

/// <summary>
/// Healthy only when the database would take a write now: the SQLite file is where it should be and
/// its write lock can be had within a few seconds (then released at once); SQL Server answers.
/// Connecting alone says nothing of a locked, read-only or deleted file.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<AllianceDbContext> dbFactory) : IHealthCheck
{
    private const int TimeoutSeconds = 3;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.Database.SetCommandTimeout(TimeoutSeconds);
            if (db is SqliteAllianceDbContext sqlite)
            {
                // Checked before opening: opening a connection on a missing file would create an empty one.
                if (sqlite.StoredFile() is { } path && !File.Exists(path))
                {
                    return HealthCheckResult.Unhealthy($"The database file {path} is missing.");
                }
                // Read-only files fail here, whatever the pooled connection was opened on.
                await db.Database.OpenConnectionAsync(cancellationToken);
                SqliteFileGuard.EnsureWritable((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection());
                // Takes the write lock and gives it back: busy and locked files fail here.
                await db.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE; ROLLBACK;", cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            }
            return HealthCheckResult.Healthy();
        }
        catch (Exception fault) when (DatabaseFaults.IsUnavailable(fault))
        {
            return HealthCheckResult.Unhealthy("The database cannot take a write now.", fault);
        }
    }
}
