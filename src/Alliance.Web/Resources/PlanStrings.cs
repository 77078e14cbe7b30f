namespace Alliance.Web.Resources;

/// <summary>Marker for <c>IStringLocalizer&lt;PlanStrings&gt;</c>: the texts of the plan pages and of a plan's commitments wherever they are shown.</summary>
public sealed class PlanStrings
{
}
