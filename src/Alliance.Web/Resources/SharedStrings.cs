namespace Alliance.Web.Resources;

/// <summary>Marker for the portal's shared strings (layout, navigation, enums, domain errors).</summary>
public sealed class SharedStrings
{
}
