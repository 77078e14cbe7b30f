using System.Security.Claims;
using Alliance.Web.Features.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Components.Account;

/// <summary>
/// Signs an open interactive page out when its session ends (sign-out elsewhere, password change,
/// lock, access removed, idle or absolute timeout), checked every <see cref="SessionLifetimeOptions.CircuitCheckInterval"/>.
/// Every change made from the page checks the session at once anyway (<c>CurrentUser</c>).
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        SessionStore sessions,
        IOptions<SessionLifetimeOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.CircuitCheckInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        sessions.IsActiveAsync(SessionStore.IdOf(authenticationState.User), authenticationState.User.FindFirstValue(ClaimTypes.NameIdentifier),
            cancellationToken);
}
