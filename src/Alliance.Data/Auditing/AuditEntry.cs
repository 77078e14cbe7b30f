namespace Alliance.Data.Auditing;

/// <summary>
/// One line of the audit trail: who did what, when (UTC), from which address, to which row, with
/// the values before and after. Written in the same transaction as the change it records; the
/// database refuses to update or delete it.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorNameMaxLength = 200;
    public const int AddressMaxLength = 64;
    public const int ActionMaxLength = 200;
    public const int EntityMaxLength = 100;
    public const int EntityKeyMaxLength = 200;

    public long Id { get; private set; }

    public DateTime At { get; init; }

    /// <summary>The account that acted; null for the portal itself or someone not signed in.</summary>
    public string? ActorId { get; init; }

    public string ActorName { get; init; } = "";

    public string? Address { get; init; }

    /// <summary>What the person did, in the portal's words ("record progress", "sign in failed").</summary>
    public string Action { get; init; } = "";

    /// <summary>The kind of row changed (<see cref="AuditEntity"/> names); null for an event that changes no row.</summary>
    public string? Entity { get; init; }

    public string? EntityKey { get; init; }

    /// <summary>Added, Modified, Deleted, or Event.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The values before and after, as JSON: <c>{"Status":{"old":"Planned","new":"Done"}}</c>; secrets are never written.</summary>
    public string? Changes { get; init; }
}
