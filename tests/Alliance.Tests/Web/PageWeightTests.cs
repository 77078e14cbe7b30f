using System.Net;
using System.Net.Http.Headers;
using Alliance.Tests.Support;

namespace Alliance.Tests.Web;

/// <summary>
/// The dashboard's budget for slow, expensive connections, checked on every run (sizes, not
/// times). The full first-view figure, styles included, comes from scripts/measure-page-weight.sh
/// and is written down in docs/performance.md.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PageWeightTests(PortalFactory portal)
{
    private const int HtmlBudget = 25 * 1024;

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Dashboard_IsServedCompressed_WithinItsHtmlBudget(string encoding)
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.InRange(bytes.Length, 1, HtmlBudget);
    }

    [Fact]
    public async Task Dashboard_LoadsNoScript()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var html = await client.GetStringAsync("/");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheOnlySecretInAPage_TheAntiforgeryToken_IsDifferentInEveryResponse()
    {
        // Compressing pages over HTTPS is safe from BREACH only because no secret repeats
        // across responses; this is the premise, checked.
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var first = PortalClient.AntiforgeryToken(await client.GetStringAsync("/"));
        var second = PortalClient.AntiforgeryToken(await client.GetStringAsync("/"));

        Assert.NotEqual(first, second);
    }
}
