namespace Alliance.Web.Resources;

/// <summary>Marker for <c>IStringLocalizer&lt;ObjectiveStrings&gt;</c>: the texts of the objective pages and the indicator editor.</summary>
public sealed class ObjectiveStrings
{
}
