namespace Alliance.Web.Resources;

/// <summary>Marker for <c>IStringLocalizer&lt;SteeringCommitteeStrings&gt;</c>: the texts of the steering-committee pages and downloads.</summary>
public sealed class SteeringCommitteeStrings
{
}
