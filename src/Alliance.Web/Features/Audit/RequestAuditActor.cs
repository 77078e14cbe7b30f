using System.Security.Claims;
using Alliance.Data.Auditing;

namespace Alliance.Web.Features.Audit;

/// <summary>
/// The actor of a save that nobody named: the person signed in on the request (or nobody), from its
/// address, doing what the request asks ("POST /Account/Manage/ChangePassword"). It serves
/// Identity's own pages, whose saves go through <c>UserManager</c>; every portal change names its
/// actor on the write path.
/// </summary>
public sealed class RequestAuditActor(IHttpContextAccessor accessor) : IAuditActorSource
{
    public AuditActor? Current()
    {
        if (accessor.HttpContext is not { } context)
        {
            return null;
        }
        var user = context.User;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.FindFirstValue(PortalClaims.DisplayName) ?? user.Identity?.Name ?? AuditActors.Anonymous;
        return new AuditActor(id, id is null ? AuditActors.Anonymous : name, context.Connection.RemoteIpAddress?.ToString(),
            $"{context.Request.Method} {context.Request.Path}");
    }
}

public static class AuditActors
{
    public const string Anonymous = "(not signed in)";
}
