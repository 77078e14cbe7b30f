using System.Security.Claims;
using Alliance.Data;
using Alliance.Domain.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Shared;

/// <summary>
/// Who is calling a feature service, the same way on static and interactive pages. Only the
/// user id is taken from the sign-in, while its session lasts; roles and led groups are read from the database.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationState, Sessions.SessionStore sessions)
{
    public async Task<ClaimsPrincipal> GetPrincipalAsync() => (await authenticationState.GetAuthenticationStateAsync()).User;

    /// <summary>An administrator or the secretariat signed in with a password alone has no staff powers until they use a second factor.</summary>
    private static HashSet<string> StaffOnlyWithASecondFactor(IEnumerable<string> roles, ClaimsPrincipal principal) =>
        Alliance.Web.Components.Account.SecondFactor.Used(principal)
            ? roles.ToHashSet()
            : roles.Where(r => r is not (AllianceRoles.Administrator or AllianceRoles.Secretariat)).ToHashSet();

    /// <summary>The caller as the database knows them, or null when not signed in, unknown or locked out.</summary>
    public async Task<PortalUser?> LoadAsync(AllianceDbContext db, CancellationToken cancellationToken = default)
    {
        var principal = await GetPrincipalAsync();
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return null;
        }
        // A sign-in from a cookie names its session: once that has ended, the page open on it changes nothing.
        if (Sessions.SessionStore.IdOf(principal) is { } session && !await sessions.IsActiveAsync(session, id, cancellationToken))
        {
            return null;
        }
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.DisplayName,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Groups = db.WorkingGroupLeads.Where(l => l.UserId == u.Id).Select(l => l.WorkingGroupId).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        // Compared here: SQLite cannot compare DateTimeOffset values in SQL.
        return user is null || user.LockoutEnd > DateTimeOffset.UtcNow
            ? null
            : new PortalUser(id, user.DisplayName, StaffOnlyWithASecondFactor(user.Roles, principal), user.Groups.ToHashSet());
    }
}
