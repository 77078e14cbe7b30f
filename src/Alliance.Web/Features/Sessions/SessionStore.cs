using System.Security.Claims;
using System.Security.Cryptography;
using Alliance.Data;
using Alliance.Data.Auditing;
using Alliance.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Features.Sessions;

/// <summary>
/// The server's record of who is signed in where. A sign-in cookie is good only while its session is:
/// not ended (sign-out, password change, lock, roles or groups removed), used within the idle
/// timeout, and younger than the absolute lifetime. Reads are cached briefly per instance.
/// </summary>
public sealed class SessionStore(
    IDbContextFactory<AllianceDbContext> dbFactory,
    IMemoryCache cache,
    TimeProvider clock,
    IOptions<SessionLifetimeOptions> options,
    ILogger<SessionStore> logger)
{
    /// <summary>The claim of the sign-in cookie that names its session.</summary>
    public const string ClaimType = "alliance:sid";

    private SessionLifetimeOptions Settings => options.Value;

    /// <summary>A use is written at most once a minute (more often only for very short idle timeouts).</summary>
    private TimeSpan TouchEvery => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, Settings.IdleTimeout.Ticks / 4));

    public static string? IdOf(ClaimsPrincipal principal) => principal.FindFirstValue(ClaimType);

    /// <summary>Starts a session for a person who just proved who they are; the audit trail records it.</summary>
    public async Task<string> StartAsync(string userId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(UserSession.IdLength / 2)),
            UserId = userId,
            StartedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + Settings.AbsoluteLifetime,
            Address = actor.Address,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = actor;
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Whether the session is still good for <paramref name="userId"/>; marks it used.</summary>
    public async Task<bool> IsActiveAsync(string? sessionId, string? userId, CancellationToken cancellationToken = default)
    {
        if (sessionId is null || userId is null)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (!cache.TryGetValue(Key(sessionId), out Seen? seen) || seen is null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var stored = await db.UserSessions.AsNoTracking().Where(s => s.Id == sessionId)
                .Select(s => new Seen(s.UserId, s.LastSeenAt, s.ExpiresAt, s.EndedAt != null)).SingleOrDefaultAsync(cancellationToken);
            seen = stored ?? new Seen(userId, now, now, Ended: true);
            cache.Set(Key(sessionId), seen, Settings.CheckInterval);
        }
        if (seen.Ended || seen.UserId != userId || now >= seen.ExpiresAt || now - seen.LastSeenAt >= Settings.IdleTimeout)
        {
            return false;
        }
        if (now - seen.LastSeenAt >= TouchEvery)
        {
            // One write a minute per active person, not one per request; not audited (it changes no record).
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
            cache.Set(Key(sessionId), seen with { LastSeenAt = now }, Settings.CheckInterval);
        }
        return true;
    }

    /// <summary>Ends one session (signing out).</summary>
    public Task EndAsync(string sessionId, string reason, AuditActor actor, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.Id == sessionId, reason, actor, cancellationToken);

    /// <summary>Ends every session of a person, but <paramref name="except"/> (the one they act from, when they keep it).</summary>
    public Task EndAllAsync(string userId, string reason, AuditActor actor, string? except = null, CancellationToken cancellationToken = default) =>
        EndWhereAsync(s => s.UserId == userId && s.Id != except, reason, actor, cancellationToken);

    /// <summary>Ends sessions on the context of a change in progress, so that they end with it or not at all.</summary>
    public async Task EndAllInAsync(AllianceDbContext db, string userId, string reason, CancellationToken cancellationToken = default) =>
        End(await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null).ToListAsync(cancellationToken), reason);

    private async Task EndWhereAsync(System.Linq.Expressions.Expression<Func<UserSession, bool>> which, string reason, AuditActor actor,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Actor = actor;
        var open = await db.UserSessions.Where(which).Where(s => s.EndedAt == null).ToListAsync(cancellationToken);
        End(open, reason);
        await db.SaveChangesAsync(cancellationToken);
        if (open.Count > 0)
        {
            logger.LogInformation("Ended {Count} session(s): {Reason}", open.Count, reason);
        }
    }

    /// <summary>Marks the sessions ended; this instance forgets what it read of them at once (a failed save only makes it read them again).</summary>
    private void End(List<UserSession> sessions, string reason)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var session in sessions)
        {
            session.EndedAt = now;
            session.EndReason = reason;
            cache.Remove(Key(session.Id));
        }
    }

    private static string Key(string sessionId) => "session:" + sessionId;

    private sealed record Seen(string UserId, DateTime LastSeenAt, DateTime ExpiresAt, bool Ended);
}
