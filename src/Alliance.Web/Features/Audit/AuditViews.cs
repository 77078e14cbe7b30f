namespace Alliance.Web.Features.Audit;

/// <summary>One page of the audit trail with what the filters can choose from.</summary>
public sealed record AuditLog(
    AuditQuery Query, IReadOnlyList<AuditRow> Rows, int Total, IReadOnlyList<string> Entities, IReadOnlyList<AuditPerson> People)
{
    public int PageCount => Math.Max(1, (Total + AuditQuery.PageSize - 1) / AuditQuery.PageSize);
}

public sealed record AuditPerson(string Id, string Name, string? Email);

public sealed record AuditRow(
    long Id, DateTime At, string? ActorId, string ActorName, string? Address, string Action, string? Entity, string? EntityKey,
    string Kind, IReadOnlyList<AuditChange> Changes);

/// <summary>One value of a row before and after (null when the row was added, or removed).</summary>
public sealed record AuditChange(string Field, string? Old, string? New);
