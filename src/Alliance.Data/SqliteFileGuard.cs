using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alliance.Data;

/// <summary>
/// Keeps writes and the SQLite file's state in step when the file stops taking writes while the portal
/// runs (made read-only, its disk remounted read-only): a connection opened before still holds a
/// writable handle, so every transaction first asks the file itself and is refused (503, nothing saved)
/// while it is read-only; a connection SQLite had to open read-only is never pooled, so writes go
/// through again as soon as the file is writable.
/// </summary>
public sealed class SqliteFileGuard : DbConnectionInterceptor, IDbTransactionInterceptor
{
    private const int WriteAccess = 2;

    /// <summary>Throws <see cref="DatabaseNotStoredException"/> unless the open connection's file would keep a write now.</summary>
    public static void EnsureWritable(SqliteConnection connection)
    {
        if (string.IsNullOrEmpty(connection.DataSource) || connection.DataSource == ":memory:")
        {
            return;
        }
        var path = Path.GetFullPath(connection.DataSource);
        if (!File.Exists(path))
        {
            throw new DatabaseNotStoredException($"The database file {path} is gone: nothing was saved.");
        }
        if (!CanWrite(path) || OpenedReadOnly(connection))
        {
            throw new DatabaseNotStoredException($"The database file {path} is read-only: nothing was saved.");
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => ForgetIfReadOnly(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfReadOnly(connection);
        return Task.CompletedTask;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        EnsureWritable((SqliteConnection)connection);
        return result;
    }

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        EnsureWritable((SqliteConnection)connection);
        return ValueTask.FromResult(result);
    }

    // The save's own deferred transaction is begun on the connection and handed to EF.
    public DbTransaction TransactionUsed(DbConnection connection, TransactionEventData eventData, DbTransaction result)
    {
        EnsureWritable((SqliteConnection)connection);
        return result;
    }

    public ValueTask<DbTransaction> TransactionUsedAsync(DbConnection connection, TransactionEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        EnsureWritable((SqliteConnection)connection);
        return ValueTask.FromResult(result);
    }

    /// <summary>A connection opened while the file was read-only stays read-only: it is closed for good instead of pooled.</summary>
    private static void ForgetIfReadOnly(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite && OpenedReadOnly(sqlite))
        {
            SqliteConnection.ClearPool(sqlite);
        }
    }

    private static bool OpenedReadOnly(SqliteConnection connection) =>
        SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1;

    // access(2) asks what opening the file for writing would meet now, root's immutable files included,
    // without opening it (a second handle closed in this process would drop SQLite's locks).
    private static bool CanWrite(string path) =>
        OperatingSystem.IsWindows()
            ? !File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : Access(path, WriteAccess) == 0;

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
}
