namespace Alliance.Web.Resources;

/// <summary>Marker type for <c>IStringLocalizer&lt;AccountStrings&gt;</c>: the sign-in and account pages' texts.</summary>
public sealed class AccountStrings
{
}
