namespace Alliance.Web.Resources;

/// <summary>Marker for <c>IStringLocalizer&lt;DashboardStrings&gt;</c>: the texts of the dashboard at <c>/</c>.</summary>
public sealed class DashboardStrings
{
}
