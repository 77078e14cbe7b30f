using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Alliance.Web.Features;

/// <summary>
/// Who is calling a feature service, the same way on static and interactive pages. Services use
/// it only to know the user id; what that user may do is read from the database.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationState)
{
    public async Task<ClaimsPrincipal> GetPrincipalAsync() => (await authenticationState.GetAuthenticationStateAsync()).User;

    public async Task<string> GetRequiredIdAsync()
    {
        var principal = await GetPrincipalAsync();
        return principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new PortalForbiddenException("You must be signed in.");
    }
}

/// <summary>Raised by a feature service when the caller may not do what they asked.</summary>
public sealed class PortalForbiddenException(string message) : Exception(message);
