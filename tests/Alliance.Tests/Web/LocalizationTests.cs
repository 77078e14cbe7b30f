using System.Net;
using Alliance.Tests.Support;

namespace Alliance.Tests.Web;

[Collection(PortalCollection.Name)]
public sealed class LocalizationTests(PortalFactory portal)
{
    [Fact]
    public async Task Dashboard_InFrench_ShowsThePlanInFrench()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var dashboard = await client.GetDocumentAsync("/");

        Assert.Equal("fr", dashboard.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Objectifs stratégiques", dashboard.QuerySelector("main h2")!.TextContent);
        var objectiveC = dashboard.QuerySelector("#objective-c")!.TextContent;
        Assert.Contains("Objectif stratégique C", objectiveC, StringComparison.Ordinal);
        Assert.Contains("acteurs locaux", objectiveC, StringComparison.Ordinal);
        Assert.Contains("Se déconnecter", dashboard.QuerySelector(".user-menu-signout")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_InEnglish_ShowsThePlanInEnglish()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var dashboard = await client.GetDocumentAsync("/");

        Assert.Equal("en", dashboard.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Strategic objectives", dashboard.QuerySelector("main h2")!.TextContent);
        Assert.Contains("local child protection actors", dashboard.QuerySelector("#objective-c")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_RefusesToRedirectOffSite()
    {
        var client = portal.CreateBrowserClient();

        var response = await client.GetAsync("/culture/set?culture=fr&returnUrl=//evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LoginPage_FollowsTheBrowserLanguage_WhenNoChoiceWasMade()
    {
        var client = portal.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("Mot de passe", html, StringComparison.Ordinal);
    }
}
