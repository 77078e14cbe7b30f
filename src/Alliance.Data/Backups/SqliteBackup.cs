using Microsoft.Data.Sqlite;

namespace Alliance.Data.Backups;

/// <summary>
/// Online backup and offline restore of the portal's SQLite database, through SQLite's backup API:
/// a backup is a consistent copy taken while the portal runs (WAL lets it write meanwhile); a
/// restore replaces the content of the configured database, only while no portal instance runs on
/// it, only from a file that passes SQLite's integrity check and is a portal database this version
/// knows, and keeps what it replaces beside it.
/// </summary>
public static class SqliteBackup
{
    public const string MigrationsTable = "__EFMigrationsHistory";

    /// <summary>Copies the database <paramref name="connectionString"/> names to <paramref name="target"/>, a new file.</summary>
    public static BackupSummary Backup(string connectionString, string target)
    {
        var source = RequireFile(connectionString);
        target = Path.GetFullPath(target);
        if (File.Exists(target))
        {
            throw new BackupRefusedException($"{target} already exists; a backup never overwrites a file, choose another name.");
        }
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            Copy(source, partial, newFile: true);
            var summary = Verify(partial, knownMigrations: null);
            File.Move(partial, target);
            return summary with { File = target };
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// What a backup holds, if it is a sound portal database: SQLite's integrity check passes, the
    /// migrations table is there, and (when <paramref name="knownMigrations"/> is given) every migration
    /// it records is one this version of the portal knows.
    /// </summary>
    public static BackupSummary Verify(string file, IReadOnlyCollection<string>? knownMigrations)
    {
        file = Path.GetFullPath(file);
        if (!File.Exists(file))
        {
            throw new BackupRefusedException($"{file} does not exist.");
        }
        try
        {
            using var connection = Open(file, SqliteOpenMode.ReadOnly);
            var check = Scalar(connection, "PRAGMA integrity_check");
            if (!string.Equals(check, "ok", StringComparison.Ordinal))
            {
                throw new BackupRefusedException($"{file} fails SQLite's integrity check: {check}");
            }
            if (Scalar(connection, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{MigrationsTable}'") != "1")
            {
                throw new BackupRefusedException($"{file} is a SQLite database but not the portal's (no {MigrationsTable} table).");
            }
            var migrations = Column(connection, $"SELECT MigrationId FROM \"{MigrationsTable}\" ORDER BY MigrationId");
            var unknown = knownMigrations is null ? [] : migrations.Except(knownMigrations, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                throw new BackupRefusedException($"{file} was made by a newer version of the portal: migration {unknown[0]} is unknown here; restore it with that version.");
            }
            return new BackupSummary(file, new FileInfo(file).Length, migrations.Count, migrations.LastOrDefault());
        }
        catch (SqliteException e)
        {
            throw new BackupRefusedException($"{file} is not a readable SQLite database ({e.Message.TrimEnd('.')}).", e);
        }
    }

    /// <summary>
    /// Replaces the content of the database <paramref name="connectionString"/> names with the backup's,
    /// keeping the current content as <c>&lt;database&gt;.&lt;UTC time&gt;.before-restore</c>. Refused, with
    /// nothing changed, while a portal instance runs on the database or when the backup is unsound.
    /// </summary>
    public static RestoreSummary Restore(string connectionString, string backup, IReadOnlyCollection<string> knownMigrations, DateTimeOffset now)
    {
        var database = SqliteInstanceLock.DatabaseFileOf(connectionString)
            ?? throw new BackupRefusedException("The configured SQLite database is in memory; there is nothing to restore into.");
        var summary = Verify(backup, knownMigrations);
        if (string.Equals(summary.File, database, StringComparison.Ordinal))
        {
            throw new BackupRefusedException($"{backup} is the configured database itself.");
        }
        using var alone = SqliteInstanceLock.TryHoldAlone(database)
            ?? throw new BackupRefusedException($"The portal is running on {database} ({SqliteInstanceLock.PathFor(database)} is held): stop every instance, then restore.");
        string? kept = null;
        if (File.Exists(database))
        {
            kept = $"{database}.{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.before-restore";
            if (File.Exists(kept))
            {
                throw new BackupRefusedException($"{kept} already exists; wait a second and restore again.");
            }
            Copy(database, kept, newFile: true);
        }
        Copy(summary.File, database, newFile: kept is null);
        Verify(database, knownMigrations);
        return new RestoreSummary(database, summary, kept);
    }

    // The backup API copies page by page under SQLite's own locks: a consistent snapshot of the source
    // (WAL: writers go on meanwhile), written into the destination in one transaction.
    // The database the portal runs on keeps its journal mode (WAL, as EF Core creates it).
    private static void Copy(string from, string to, bool newFile)
    {
        using var source = Open(from, SqliteOpenMode.ReadOnly);
        using var destination = Open(to, SqliteOpenMode.ReadWriteCreate);
        source.BackupDatabase(destination);
        if (newFile)
        {
            // One self-contained file, not a database waiting for its write-ahead log.
            Scalar(destination, "PRAGMA journal_mode = DELETE");
        }
    }

    private static string RequireFile(string connectionString)
    {
        var file = SqliteInstanceLock.DatabaseFileOf(connectionString)
            ?? throw new BackupRefusedException("The configured SQLite database is in memory; there is nothing to back up.");
        return File.Exists(file) ? file : throw new BackupRefusedException($"There is no database at {file}.");
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        // No pooling: nothing of this process stays open on the files once done.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}

public sealed record BackupSummary(string File, long Bytes, int Migrations, string? LatestMigration);

public sealed record RestoreSummary(string Database, BackupSummary From, string? KeptAs);

/// <summary>A backup or restore that did not happen, and why, in words for the operator.</summary>
public sealed class BackupRefusedException(string message, Exception? inner = null) : Exception(message, inner);
