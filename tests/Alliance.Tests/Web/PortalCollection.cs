using Alliance.Tests.Support;

namespace Alliance.Tests.Web;

/// <summary>Web tests share one seeded portal: starting one costs about a second.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Portal";
}
