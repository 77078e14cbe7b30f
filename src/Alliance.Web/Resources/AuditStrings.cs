namespace Alliance.Web.Resources;

/// <summary>Marker for <c>IStringLocalizer&lt;AuditStrings&gt;</c>: the texts of the audit trail page and its download.</summary>
public sealed class AuditStrings
{
}
