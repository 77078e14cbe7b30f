using Microsoft.Data.Sqlite;

namespace Alliance.Data.Backups;

/// <summary>
/// <c>&lt;database&gt;.lock</c> beside a SQLite file: every portal instance on the file holds it shared
/// while it runs, a restore holds it alone. SQLite's own locks cannot tell (an idle instance holds
/// none), and a restore under a running portal would leave its caches and open pages on the old data.
/// The operating system lets go of the lock when a process ends, however it ends.
/// </summary>
public sealed class SqliteInstanceLock : IDisposable
{
    private readonly FileStream _file;

    private SqliteInstanceLock(FileStream file) => _file = file;

    public static string PathFor(string databaseFile) => databaseFile + ".lock";

    /// <summary>The database file a connection string names, or null for an in-memory database.</summary>
    public static string? DatabaseFileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>Held by a running portal; refused while a restore runs.</summary>
    public static SqliteInstanceLock HoldShared(string databaseFile) =>
        Open(databaseFile, FileShare.ReadWrite | FileShare.Delete)
        ?? throw new InvalidOperationException($"The database {databaseFile} is being restored ({PathFor(databaseFile)} is held); start the portal once the restore has ended.");

    /// <summary>Held by a restore; null while any portal instance runs on the file.</summary>
    public static SqliteInstanceLock? TryHoldAlone(string databaseFile) => Open(databaseFile, FileShare.None);

    private static SqliteInstanceLock? Open(string databaseFile, FileShare share)
    {
        try
        {
            // Read access: on Unix .NET takes flock(LOCK_SH) for a shared open and LOCK_EX for FileShare.None.
            return new SqliteInstanceLock(new FileStream(PathFor(databaseFile), FileMode.OpenOrCreate, FileAccess.Read, share));
        }
        catch (IOException) when (File.Exists(PathFor(databaseFile)))
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();

    /// <summary>A portal's own hold: taken at start-up, before the migrations, let go when the host stops.</summary>
    public sealed class Holder(string? databaseFile) : IDisposable
    {
        private readonly Lock _lock = new();
        private SqliteInstanceLock? _held;

        public void Hold()
        {
            if (databaseFile is null)
            {
                return;
            }
            lock (_lock)
            {
                _held ??= HoldShared(databaseFile);
            }
        }

        public void Dispose() => _held?.Dispose();
    }
}
