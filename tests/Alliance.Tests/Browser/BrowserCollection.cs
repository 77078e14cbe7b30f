namespace Alliance.Tests.Browser;

/// <summary>One portal and one Chromium for all browser tests: starting Chromium costs a second or two.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPortal>
{
    public const string Name = "Browser";
}
