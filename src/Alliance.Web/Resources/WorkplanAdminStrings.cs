namespace Alliance.Web.Resources;

/// <summary>Marker for <c>IStringLocalizer&lt;WorkplanAdminStrings&gt;</c>: the texts of the page where the secretariat manages a workplan's activities.</summary>
public sealed class WorkplanAdminStrings
{
}
