using System.Net;
using Alliance.Tests.Support;

namespace Alliance.Tests.Web;

/// <summary>A query string is typed by anyone: a value the portal cannot read is refused (4xx) or ignored, never a 500.</summary>
[Collection(PortalCollection.Name)]
public sealed class MalformedQueryTests(PortalFactory portal)
{
    // Already escaped for a URL: a non-boolean, numbers too big or negative, control characters,
    // broken percent-encoding and UTF-8, an off-site path, markup, a date that does not exist, a long text.
    private static readonly string[] s_malformed =
    [
        "not-a-boolean", "-1", "99999999999999999999", "1e400", "%09/x", "/%09/x", "//evil.example", "%00", "%E0%A4%A",
        "%C3%28", "%3Cscript%3E", "2026-13-45", "..%2F..%2F", "%27%22", "", new string('x', 3000),
    ];

    // Names any page might read one day, sent to every page at once.
    private static readonly string[] s_commonNames = ["on", "page", "returnUrl", "ReturnUrl", "culture", "id", "q", "sort", "dir", "status", "group", "handler"];

    [Fact]
    public async Task EveryRoutablePage_AnswersBelow500_ForMalformedQueryValues()
    {
        var routes = await PortalRoutes.AllAsync(portal);
        Assert.True(routes.Count(r => r.Page is not null) > 20, $"Only {routes.Count} routes found.");
        Assert.Contains(routes, r => r.Pattern == "/culture/set" && r.QueryNames.Contains("returnUrl"));
        Assert.Contains(routes, r => r.Pattern.StartsWith("/activities/", StringComparison.Ordinal) && r.QueryNames.Contains("recorded"));
        var client = await portal.SignedInClientAsync("admin@alliance.test");

        var failures = new List<string>();
        foreach (var route in routes)
        {
            var queries = route.QueryNames.SelectMany(name => s_malformed.Select(value => $"{name}={value}"))
                .Concat(s_malformed.Select(value => string.Join('&', s_commonNames.Select(name => $"{name}={value}"))));
            foreach (var query in queries)
            {
                var url = $"{route.Url}?{query}";
                var response = await client.GetAsync(url);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} {url[..Math.Min(url.Length, 120)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task CultureSwitch_WithAControlCharacterInItsReturnAddress_GoesHome()
    {
        var client = portal.CreateBrowserClient();

        var response = await client.GetAsync("/culture/set?culture=fr&returnUrl=/%09/x");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
