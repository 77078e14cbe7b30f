using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alliance.Data;

/// <summary>
/// Tells a database that cannot take the work now (busy, locked, unreachable, read-only, gone) from a
/// bug: the first is answered with "try again" (503) and the person's text kept, the second is a fault.
/// </summary>
public static class DatabaseFaults
{
    // SQLITE_BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB.
    private static readonly HashSet<int> s_sqliteUnavailable = [5, 6, 8, 10, 11, 13, 14, 26];

    // Timeout, network and login failures, deadlock victim, database unavailable or throttled (Azure SQL included).
    private static readonly HashSet<int> s_sqlServerUnavailable =
        [-2, 2, 53, 64, 233, 1205, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 11001, 40143, 40197, 40501, 40613, 49918, 49919, 49920];

    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DatabaseNotStoredException:
                case RetryLimitExceededException:
                case TimeoutException:
                case SqliteException sqlite when s_sqliteUnavailable.Contains(sqlite.SqliteErrorCode):
                // A timeout, a broken connection (severity 20 and above), or one of SQL Server's transient errors.
                case SqlException sql when sql.Class >= 20 || s_sqlServerUnavailable.Contains(sql.Number):
                    return true;
            }
        }
        return false;
    }
}

/// <summary>A write the database said it committed, but that cannot be where the portal will read it next (the file is gone).</summary>
public sealed class DatabaseNotStoredException(string message) : Exception(message);
