using System.Net;
using Alliance.Tests.Support;

namespace Alliance.Tests.Web;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/working-groups")]
    [InlineData("/steering-committee")]
    [InlineData("/members")]
    [InlineData("/admin/users")]
    [InlineData("/Account/Manage")]
    public async Task AnonymousUser_IsSentToSignIn(string path)
    {
        var client = portal.CreateBrowserClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin@alliance.test", "Ada Okafor")]
    [InlineData("secretariat@alliance.test", "Sam Diallo")]
    [InlineData("lead@alliance.test", "Léa Lead (CPMS WG)")]
    [InlineData("lead2@alliance.test", "Kwame Lead (Child Labour TF)")]
    [InlineData("member@alliance.test", "Mia Member")]
    public async Task DemoAccount_SignsIn_AndSeesTheDashboardUnderItsName(string email, string displayName)
    {
        var client = await portal.SignedInClientAsync(email);

        var dashboard = await client.GetDocumentAsync("/");

        Assert.Equal(displayName, dashboard.QuerySelector(".user-menu-name")!.TextContent.Trim());
        Assert.Equal(["A", "B", "C"], dashboard.QuerySelectorAll("article.objective-card")
            .Select(a => a.Id!.Replace("objective-", "", StringComparison.Ordinal).ToUpperInvariant())
            .Where(code => code.Length == 1));
    }

    [Fact]
    public async Task WrongPassword_IsRefused_WithAMessage()
    {
        var client = portal.CreateBrowserClient();

        var response = await client.SignInAsync("member@alliance.test", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("member@alliance.test", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task LoginWithoutAntiforgeryToken_IsRejected()
    {
        var client = portal.CreateBrowserClient();

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "member@alliance.test",
            ["Input.Password"] = PortalClient.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        var dashboard = await client.GetStringAsync("/");

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(dashboard),
            ["ReturnUrl"] = "",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
