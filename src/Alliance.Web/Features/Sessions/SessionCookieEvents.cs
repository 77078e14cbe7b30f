using System.Security.Claims;
using Alliance.Data.Auditing;
using Alliance.Data.Identity;
using Alliance.Web.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Alliance.Web.Features.Sessions;

/// <summary>
/// Ties the sign-in cookie to a server-side session: a session starts at sign-in, every request
/// checks it (replacing Identity's security-stamp check), and signing out ends it, so that a copy of
/// the cookie is worth nothing afterwards.
/// </summary>
public sealed class SessionCookieEvents(SessionStore sessions, RequestAuditActor requests) : CookieAuthenticationEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        var identity = (ClaimsIdentity)context.Principal!.Identity!;
        var userId = identity.FindFirst(ClaimTypes.NameIdentifier)!.Value;
        // A sign-in refreshed in the same browser (after a password change) keeps its session.
        var current = SessionStore.IdOf(context.HttpContext.User);
        var sessionId = current is not null && context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId
            && await sessions.IsActiveAsync(current, userId, context.HttpContext.RequestAborted)
                ? current
                : await sessions.StartAsync(userId, SignInActor(context, identity, userId), context.HttpContext.RequestAborted);
        identity.AddClaim(new Claim(SessionStore.ClaimType, sessionId));
        await base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        if (!await sessions.IsActiveAsync(SessionStore.IdOf(principal), principal.FindFirstValue(ClaimTypes.NameIdentifier),
                context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        if (SessionStore.IdOf(context.HttpContext.User) is { } sessionId && requests.Current() is { } actor)
        {
            await sessions.EndAsync(sessionId, SessionEndReasons.SignedOut, actor.Doing(AuditActions.SignOut.Of()), context.HttpContext.RequestAborted);
        }
        await base.SigningOut(context);
    }

    private static AuditActor SignInActor(CookieSigningInContext context, ClaimsIdentity identity, string userId) =>
        new(userId, identity.FindFirst(PortalClaims.DisplayName)?.Value ?? identity.Name ?? userId,
            context.HttpContext.Connection.RemoteIpAddress?.ToString(), AuditActions.SignIn.Of());
}
