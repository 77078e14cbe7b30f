namespace Alliance.Domain.Members;

public enum OrganisationScope
{
    Global,
    Regional,
    National,
    Local,
}

/// <summary>
/// The plan's two groupings of actors, written once: objective C counts "local and national"
/// actors among new members, and "local, national or regional" organisations on the seats.
/// Arrays rather than methods so that EF can translate <c>Contains</c> into SQL.
/// </summary>
public static class OrganisationScopes
{
    public static readonly OrganisationScope[] LocalOrNational = [OrganisationScope.Local, OrganisationScope.National];

    public static readonly OrganisationScope[] LocalNationalOrRegional =
        [OrganisationScope.Local, OrganisationScope.National, OrganisationScope.Regional];
}
