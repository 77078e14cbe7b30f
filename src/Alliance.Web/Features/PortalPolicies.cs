namespace Alliance.Web.Features;

/// <summary>Authorization policy names; the rules themselves are in <see cref="PortalHostingExtensions"/>.</summary>
public static class PortalPolicies
{
    public const string Staff = nameof(Staff);
    public const string Administrator = nameof(Administrator);
}
