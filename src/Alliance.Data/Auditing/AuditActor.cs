namespace Alliance.Data.Auditing;

/// <summary>Who makes the changes a context saves, from where, and in doing what.</summary>
public sealed record AuditActor(string? UserId, string Name, string? Address, string Action)
{
    /// <summary>The portal acting by itself (start-up seeding, scheduled work).</summary>
    public static AuditActor System(string action) => new(null, "system", null, action);

    public AuditActor Doing(string action) => this with { Action = action };
}

/// <summary>
/// Gives a context the actor of the request it serves when nobody named one (Identity's own pages,
/// whose saves go through <c>UserManager</c>); the web app provides it.
/// </summary>
public interface IAuditActorSource
{
    AuditActor? Current();
}
