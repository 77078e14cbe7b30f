using System.Net;
using Alliance.Tests.Support;

namespace Alliance.Tests.Web;

/// <summary>Every kind of response carries the content security policy and its companions; downloads are never stored.</summary>
[Collection(PortalCollection.Name)]
public sealed class SecurityHeadersTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/steering-committee/manage", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/activities/999999", HttpStatusCode.NotFound)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/culture/set?culture=fr&returnUrl=/", HttpStatusCode.Redirect)]
    public async Task SignedInResponses_CarryTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var client = await portal.SignedInClientAsync("admin@alliance.test");

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/", HttpStatusCode.Redirect)]
    public async Task AnonymousResponses_CarryTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var response = await portal.CreateBrowserClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task EveryDownload_IsNeverStored_AndCarriesTheSecurityHeaders()
    {
        var downloads = (await PortalRoutes.AllAsync(portal)).Where(r => r.Url.EndsWith(".csv", StringComparison.Ordinal) || r.Url.EndsWith(".xlsx", StringComparison.Ordinal)).ToList();
        Assert.True(downloads.Count >= 6, $"Only {downloads.Count} downloads found.");
        var client = await portal.SignedInClientAsync("admin@alliance.test");

        foreach (var download in downloads)
        {
            var response = await client.GetAsync(download.Url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{download.Url} has Cache-Control: {response.Headers.CacheControl}");
            AssertSecurityHeaders(response);
        }
    }

    /// <summary>The policy itself: no inline or evaluated script, never framed, forms only to the portal.</summary>
    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var url = response.RequestMessage?.RequestUri?.PathAndQuery;
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policies), $"{url} has no Content-Security-Policy.");
        var policy = Assert.Single(policies);
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1].Split(' ') : []);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'self'"], directives["form-action"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"), $"{url} names its server.");
    }
}
