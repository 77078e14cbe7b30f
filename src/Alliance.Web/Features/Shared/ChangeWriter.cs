using Alliance.Data;
using Alliance.Data.Auditing;
using Alliance.Data.Concurrency;
using Alliance.Domain.Accounts;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Shared;

/// <summary>Who may make a change, decided from the caller as the database knows them, and what to say when refused.</summary>
public sealed record Permission(Func<PortalUser, bool> Allows, string Refusal);

/// <summary>
/// A save that lost a race the change cannot judge by itself (another row it depends on changed):
/// the whole change runs again on fresh data while <see cref="When"/> says so, up to three times,
/// then <see cref="GiveUp"/> answers.
/// </summary>
public sealed record Retry<T>(Func<DbUpdateException, bool> When, Func<ChangeResult<T>> GiveUp) where T : class;

/// <summary>
/// The one write path of the portal (decision 0009). For every change: a context of its own, the
/// caller's roles and led groups read from the database and checked, the feature's own work
/// (load, parse, domain method) through a <see cref="Change"/>, then one version-checked save in
/// which a lost race becomes a conflict, never an overwrite. Services keep only their feature's rules.
/// </summary>
public sealed class ChangeWriter(
    IDbContextFactory<AllianceDbContext> dbFactory,
    IServiceScopeFactory scopes,
    CurrentUser currentUser,
    ClientAddress address,
    IStringLocalizer<SharedStrings> shared,
    ILogger<ChangeWriter> logger)
{
    public const int Attempts = 3;

    /// <summary>What a change says when what it depends on kept changing under it.</summary>
    public string Busy => shared["ChangeBusy"];

    /// <summary>Runs a change on a context from the factory.</summary>
    public Task<ChangeResult<T>> RunAsync<T>(string action, Permission permission, Func<Change, Task<ChangeResult<T>>> change,
        CancellationToken cancellationToken, Retry<T>? retry = null) where T : class =>
        RunCoreAsync(action, permission, change, retry, useScope: false, cancellationToken);

    /// <summary>
    /// Runs a change on the context of a service scope of its own, for changes that go through
    /// services sharing that context (Identity's <c>UserManager</c>); <see cref="Change.Services"/> gives them.
    /// </summary>
    public Task<ChangeResult<T>> RunInScopeAsync<T>(string action, Permission permission, Func<Change, Task<ChangeResult<T>>> change,
        CancellationToken cancellationToken) where T : class =>
        RunCoreAsync(action, permission, change, retry: null, useScope: true, cancellationToken);

    /// <summary>Whether the caller may do something, for a page deciding what to offer; the change itself checks again.</summary>
    public async Task<bool> AllowsAsync(Permission permission, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await currentUser.LoadAsync(db, cancellationToken) is { } user && permission.Allows(user);
    }

    /// <summary>
    /// What a desk page opens before any change: refused unless the caller may, as the database
    /// knows them; not found when <paramref name="read"/> finds nothing. One context for both.
    /// </summary>
    public async Task<(FormAccess Access, TRead? Value)> ReadForAsync<TRead>(Permission permission, Func<AllianceDbContext, Task<TRead?>> read,
        CancellationToken cancellationToken) where TRead : class
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await currentUser.LoadAsync(db, cancellationToken) is not { } user || !permission.Allows(user))
        {
            return (FormAccess.Forbidden, null);
        }
        var value = await read(db);
        return (value is null ? FormAccess.NotFound : FormAccess.Allowed, value);
    }

    /// <summary>Reads on a context of its own: what the other side of a conflict left, as it stands now.</summary>
    public async Task<TRead> ReadAsync<TRead>(Func<AllianceDbContext, Task<TRead>> read, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await read(db);
    }

    /// <summary>Reads on a context of its own, with the caller as the database knows them (null when signed out or locked).</summary>
    public async Task<TRead> ReadAsync<TRead>(Func<AllianceDbContext, PortalUser?, Task<TRead>> read, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await read(db, await currentUser.LoadAsync(db, cancellationToken));
    }

    private async Task<ChangeResult<T>> RunCoreAsync<T>(string action, Permission permission, Func<Change, Task<ChangeResult<T>>> change,
        Retry<T>? retry, bool useScope, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await AttemptAsync(action, permission, change, retry, useScope, cancellationToken);
        }
        catch (Exception fault) when (DatabaseFaults.IsUnavailable(fault))
        {
            // Nothing was saved (the transaction rolled back, or the write cannot be kept): the page keeps what was typed.
            var reference = System.Diagnostics.Activity.Current?.Id ?? Guid.NewGuid().ToString("N");
            logger.LogError(fault, "{Action} not saved: the database is unavailable (reference {Reference})", action, reference);
            return ChangeResult<T>.Unavailable(shared["DatabaseUnavailable", reference]);
        }
    }

    private async Task<ChangeResult<T>> AttemptAsync<T>(string action, Permission permission, Func<Change, Task<ChangeResult<T>>> change,
        Retry<T>? retry, bool useScope, CancellationToken cancellationToken) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = useScope ? scopes.CreateAsyncScope() : (AsyncServiceScope?)null;
            await using var owned = useScope ? null : await dbFactory.CreateDbContextAsync(cancellationToken);
            var db = owned ?? scope!.Value.ServiceProvider.GetRequiredService<AllianceDbContext>();
            var user = await currentUser.LoadAsync(db, cancellationToken);
            if (user is null || !permission.Allows(user))
            {
                logger.LogWarning("Refused to {Action} for user {UserId}", action, user?.Id);
                return ChangeResult<T>.Refused(permission.Refusal);
            }
            // Every row the change saves gets an audit entry in the same transaction (AllianceDbContext).
            db.Actor = new AuditActor(user.Id, user.DisplayName, address.Value, action);
            try
            {
                var result = await change(new Change(db, user, new FormErrors(shared), scope?.ServiceProvider, action, logger, cancellationToken));
                if (result.Succeeded)
                {
                    logger.LogInformation("{Action}: saved by {UserId}", action, user.Id);
                }
                return result;
            }
            catch (DbUpdateException failure) when (retry is not null && retry.When(failure) && !DatabaseFaults.IsUnavailable(failure))
            {
                if (attempt == Attempts)
                {
                    logger.LogWarning("{Action} given up after {Attempts} attempts: what it depends on kept changing", action, Attempts);
                    return retry.GiveUp();
                }
                logger.LogInformation("{Action} lost a race; checking again on fresh data (attempt {Attempt})", action, attempt);
                // A moment's pause also outlasts a write lock the winner holds (SQLite).
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }
}

/// <summary>One change in progress: its context, its caller and its messages.</summary>
public sealed class Change(
    AllianceDbContext db, PortalUser user, FormErrors errors, IServiceProvider? services, string action, ILogger logger, CancellationToken cancellation)
{
    public AllianceDbContext Db { get; } = db;

    /// <summary>The caller as the database knows them, already allowed by the change's permission.</summary>
    public PortalUser User { get; } = user;

    public FormErrors Errors { get; } = errors;

    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>The services of the change's own scope (only for <see cref="ChangeWriter.RunInScopeAsync{T}"/>).</summary>
    public IServiceProvider Services => services ?? throw new InvalidOperationException("This change runs without a scope of its own.");

    /// <summary>
    /// Refuses a change that the caller may make only on some things (a lead on their own groups'
    /// activities), decided once the thing is loaded from the database.
    /// </summary>
    public ChangeResult<T> Refuse<T>(string refusal) where T : class
    {
        logger.LogWarning("Refused to {Action} for user {UserId}", action, User.Id);
        return ChangeResult<T>.Refused(refusal);
    }

    /// <summary>
    /// Runs steps that each save (Identity's stores save after every step) as one transaction: all
    /// of them or none. Inside the provider's execution strategy, so that SQL Server's retries on a
    /// transient fault run the whole transaction again rather than refusing it.
    /// </summary>
    public Task<ChangeResult<T>> InTransactionAsync<T>(Func<Task<ChangeResult<T>>> steps) where T : class =>
        Db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(Cancellation);
            var result = await steps();
            if (result.Succeeded)
            {
                await transaction.CommitAsync(Cancellation);
            }
            return result;
        });

    /// <summary>Someone saved <paramref name="entity"/> since the form was loaded with <paramref name="loadedVersion"/>.</summary>
    public bool IsStale(object entity, Guid loadedVersion) => Db.VersionOf(entity) != loadedVersion;

    /// <summary>
    /// Saves everything in one transaction. <paramref name="versioned"/>, if given, must still have
    /// <paramref name="loadedVersion"/> in the database (or the version it was read with), and gets a new
    /// one even when only its children changed; so do the rows in <paramref name="touched"/>. False when
    /// someone saved <paramref name="versioned"/> meanwhile: nothing was written. Another row's lost race
    /// still throws, for the change's <see cref="Retry{T}"/> to judge.
    /// </summary>
    public async Task<bool> SaveAsync(object? versioned = null, Guid? loadedVersion = null, params object[] touched)
    {
        if (versioned is not null)
        {
            var entry = Db.Entry(versioned);
            if (loadedVersion is { } version)
            {
                entry.ExpectVersion(version);
            }
            Touch(entry);
        }
        foreach (var row in touched)
        {
            Touch(Db.Entry(row));
        }
        try
        {
            await Db.SaveChangesAsync(Cancellation);
            return true;
        }
        catch (DbUpdateConcurrencyException conflict) when (versioned is not null && conflict.Entries.Any(e => ReferenceEquals(e.Entity, versioned)))
        {
            return false;
        }
    }

    private static void Touch(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        // A new row gets its first version anyway; only a stored one is checked and renewed.
        if (entry.State is EntityState.Unchanged or EntityState.Modified)
        {
            entry.TouchVersion();
        }
    }
}
