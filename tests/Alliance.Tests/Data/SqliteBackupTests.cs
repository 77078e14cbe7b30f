using Alliance.Data.Backups;
using Alliance.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Data;

/// <summary>Backup and restore of the SQLite database on real files, with the portal's schema.</summary>
public sealed class SqliteBackupTests : IDisposable
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("alliance-backups-").FullName;
    private readonly IReadOnlyList<string> _migrations;

    public SqliteBackupTests()
    {
        using var db = _database.CreateContext();
        _migrations = db.Database.GetMigrations().ToList();
        Execute("CREATE TABLE BackupProbe (Id INTEGER PRIMARY KEY, Batch INTEGER NOT NULL, Note TEXT NOT NULL)");
        Execute("INSERT INTO BackupProbe (Batch, Note) VALUES (0, 'before the backup')");
    }

    [Fact]
    public async Task Backup_WhileAnotherConnectionWrites_IsAConsistentCopy_WhichRestoreBringsBack()
    {
        using var stop = new CancellationTokenSource();
        var batches = 0;
        // Each batch writes two rows in one transaction: a copy holding an odd number was torn.
        var writer = Task.Run(() =>
        {
            using var connection = new SqliteConnection(_database.ConnectionString);
            connection.Open();
            while (!stop.IsCancellationRequested)
            {
                using var transaction = connection.BeginTransaction();
                for (var row = 0; row < 2; row++)
                {
                    using var insert = connection.CreateCommand();
                    insert.CommandText = $"INSERT INTO BackupProbe (Batch, Note) VALUES ({batches + 1}, 'written during the backup')";
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
                Interlocked.Increment(ref batches);
            }
        });
        while (Volatile.Read(ref batches) < 50)
        {
            await Task.Delay(5);
        }

        var backup = SqliteBackup.Backup(_database.ConnectionString, Path.Combine(_folder, "alliance.db"));
        var writtenDuringTheBackup = Volatile.Read(ref batches);
        while (Volatile.Read(ref batches) < writtenDuringTheBackup + 50)
        {
            await Task.Delay(5);
        }
        await stop.CancelAsync();
        await writer;

        var copied = Count(backup.File);
        Assert.Equal(1, copied % 2);
        Assert.InRange(copied, 1 + 2 * 50, 1 + 2 * writtenDuringTheBackup);
        Assert.Equal(_migrations.Count, backup.Migrations);
        Assert.False(File.Exists(backup.File + "-wal"));

        Execute("UPDATE BackupProbe SET Note = 'changed after the backup' WHERE Batch = 0");
        var restore = SqliteBackup.Restore(_database.ConnectionString, backup.File, _migrations, s_now);

        Assert.Equal(copied, Count(_database.FilePath));
        Assert.Equal("before the backup", Note(_database.FilePath));
        Assert.Equal($"{_database.FilePath}.20261202T093000Z.before-restore", restore.KeptAs);
        Assert.Equal("changed after the backup", Note(restore.KeptAs!));
        Assert.Equal(1 + 2 * batches, Count(restore.KeptAs!));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("random bytes")]
    [InlineData("truncated backup")]
    [InlineData("another SQLite database")]
    [InlineData("from a newer portal")]
    [InlineData("missing")]
    public void Restore_OfAnUnsoundBackup_IsRefused_AndTheDatabaseIsUntouched(string kind)
    {
        var file = Path.Combine(_folder, $"{kind}.db");
        switch (kind)
        {
            case "text":
                File.WriteAllText(file, "This is the minutes of the steering committee, not a database.");
                break;
            case "random bytes":
                File.WriteAllBytes(file, Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7919 % 251)).ToArray());
                break;
            case "truncated backup":
                var whole = SqliteBackup.Backup(_database.ConnectionString, Path.Combine(_folder, "whole.db")).File;
                File.WriteAllBytes(file, File.ReadAllBytes(whole)[..(int)(new FileInfo(whole).Length / 2)]);
                break;
            case "another SQLite database":
                Execute("CREATE TABLE Minutes (Text TEXT)", $"Data Source={file};Pooling=False");
                break;
            case "from a newer portal":
                var newer = SqliteBackup.Backup(_database.ConnectionString, Path.Combine(_folder, "newer.db")).File;
                Execute("INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0')", $"Data Source={newer};Pooling=False");
                File.Move(newer, file);
                break;
        }

        var refused = Assert.Throws<BackupRefusedException>(() => SqliteBackup.Restore(_database.ConnectionString, file, _migrations, s_now));

        Assert.Contains(file, refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, Count(_database.FilePath));
        Assert.Equal("before the backup", Note(_database.FilePath));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_database.FilePath)!, Path.GetFileName(_database.FilePath) + ".*.before-restore"));
    }

    [Fact]
    public void Restore_WhileAPortalInstanceRunsOnTheDatabase_IsRefused_AndAPortalCannotStartDuringARestore()
    {
        var backup = SqliteBackup.Backup(_database.ConnectionString, Path.Combine(_folder, "alliance.db")).File;
        Execute("UPDATE BackupProbe SET Note = 'changed after the backup'");

        using (var running = new SqliteInstanceLock.Holder(_database.FilePath))
        {
            running.Hold();
            var refused = Assert.Throws<BackupRefusedException>(() => SqliteBackup.Restore(_database.ConnectionString, backup, _migrations, s_now));
            Assert.Contains("The portal is running", refused.Message, StringComparison.Ordinal);
            Assert.Equal("changed after the backup", Note(_database.FilePath));
        }
        using (SqliteInstanceLock.TryHoldAlone(_database.FilePath))
        {
            var starting = Assert.Throws<InvalidOperationException>(() => new SqliteInstanceLock.Holder(_database.FilePath).Hold());
            Assert.Contains("is being restored", starting.Message, StringComparison.Ordinal);
        }

        SqliteBackup.Restore(_database.ConnectionString, backup, _migrations, s_now);
        Assert.Equal("before the backup", Note(_database.FilePath));
    }

    [Fact]
    public void Backup_NeverOverwritesAFile()
    {
        var existing = Path.Combine(_folder, "precious.db");
        File.WriteAllText(existing, "yesterday's backup");

        var refused = Assert.Throws<BackupRefusedException>(() => SqliteBackup.Backup(_database.ConnectionString, existing));

        Assert.Contains("already exists", refused.Message, StringComparison.Ordinal);
        Assert.Equal("yesterday's backup", File.ReadAllText(existing));
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
        foreach (var kept in Directory.GetFiles(Path.GetDirectoryName(_database.FilePath)!, Path.GetFileName(_database.FilePath) + ".*"))
        {
            File.Delete(kept);
        }
    }

    private void Execute(string sql, string? connectionString = null)
    {
        using var connection = new SqliteConnection(connectionString ?? _database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Count(string file) => (long)Query(file, "SELECT count(*) FROM BackupProbe")!;

    private static string Note(string file) => (string)Query(file, "SELECT Note FROM BackupProbe WHERE Batch = 0")!;

    private static object? Query(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
