using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alliance.Data;

/// <summary>The embedded default: a SQLite file in the app's data folder.</summary>
public sealed class SqliteAllianceDbContext(DbContextOptions<SqliteAllianceDbContext> options) : AllianceDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no decimal type and cannot compare or sum EF's text-stored decimals;
        // indicator values need neither more than double precision nor exact cents.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    protected override void EnsureStored()
    {
        if (StoredFile() is { } path && !File.Exists(path))
        {
            throw new DatabaseNotStoredException($"The database file {path} is gone: the change was not stored.");
        }
    }

    /// <summary>Creates an empty database file where there is none (a first start), which the portal's own connections never do.</summary>
    public void CreateFileIfMissing()
    {
        if (StoredFile() is { } path && !File.Exists(path))
        {
            var builder = new SqliteConnectionStringBuilder(Database.GetConnectionString()) { Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
        }
    }

    /// <summary>The database file this context writes to; null for an in-memory database.</summary>
    public string? StoredFile()
    {
        var source = ((SqliteConnection)Database.GetDbConnection()).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" ? null : Path.GetFullPath(source);
    }

    /// <summary>
    /// Deferred, as EF's own save transaction is: the write lock is taken by the first write, not
    /// before the save begins, so a reader or another writer is never kept waiting on a save that
    /// has not written yet.
    /// </summary>
    protected override IDbContextTransaction BeginSaveTransaction()
    {
        Database.OpenConnection();
        var transaction = ((SqliteConnection)Database.GetDbConnection()).BeginTransaction(deferred: true);
        return new OwnedTransaction(Database.UseTransaction(transaction)!, transaction, Database);
    }

    /// <summary>EF's view of a transaction it did not begin, which disposes it and closes the connection it opened.</summary>
    private sealed class OwnedTransaction(IDbContextTransaction inner, SqliteTransaction transaction, Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database)
        : IDbContextTransaction
    {
        public Guid TransactionId => inner.TransactionId;

        public void Commit() => inner.Commit();

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public void Rollback() => inner.Rollback();

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public void Dispose()
        {
            inner.Dispose();
            transaction.Dispose();
            database.CloseConnection();
        }

        public async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await transaction.DisposeAsync();
            await database.CloseConnectionAsync();
        }
    }
}
