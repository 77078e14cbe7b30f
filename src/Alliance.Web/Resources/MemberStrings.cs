namespace Alliance.Web.Resources;

/// <summary>Marker for <c>IStringLocalizer&lt;MemberStrings&gt;</c>: the texts of the member register and its editor.</summary>
public sealed class MemberStrings
{
}
