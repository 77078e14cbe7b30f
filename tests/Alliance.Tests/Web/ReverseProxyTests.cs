using System.Net;
using System.Text;
using Alliance.Tests.Support;
using Alliance.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Alliance.Tests.Web;

/// <summary>
/// Behind a TLS proxy: the proxy's word on HTTPS is believed only from the configured proxy, which
/// then earns the browser its HSTS and https redirects (the sign-in cookie is Secure always); a host not allowed gets 400.
/// </summary>
public sealed class ReverseProxyTests(ReverseProxyTests.ProxiedPortal portal) : IClassFixture<ReverseProxyTests.ProxiedPortal>
{
    private const string PortalHost = "portal.alliance.example";
    private static readonly IPAddress s_proxy = IPAddress.Parse("10.0.0.1");
    private static readonly IPAddress s_stranger = IPAddress.Parse("203.0.113.9");

    [Fact]
    public async Task ThroughTheConfiguredProxy_OverHttps_TheCookieIsSecure_HstsIsSent_AndRedirectsStayOnHttps()
    {
        var login = await SendAsync("GET", "/Account/Login", s_proxy, PortalHost, forwardedProto: "https");
        var signedIn = await SignInAsync(s_proxy);
        var home = await SendAsync("GET", "/", s_proxy, PortalHost, forwardedProto: "https");

        Assert.Equal("max-age=31536000", login.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Contains("; secure", AuthCookie(signedIn), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(StatusCodes.Status302Found, home.Response.StatusCode);
        Assert.StartsWith($"https://{PortalHost}/Account/Login", home.Response.Headers.Location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromAnyOtherAddress_TheForwardedHeadersAreIgnored()
    {
        var login = await SendAsync("GET", "/Account/Login", s_stranger, PortalHost, forwardedProto: "https");
        var home = await SendAsync("GET", "/", s_stranger, PortalHost, forwardedProto: "https");

        Assert.Equal(StatusCodes.Status200OK, login.Response.StatusCode);
        Assert.False(login.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.StartsWith($"http://{PortalHost}/Account/Login", home.Response.Headers.Location.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("portal.alliance.example.evil.example")]
    public async Task AForgedHost_IsRefused_AndNeverEchoedInARedirect(string host)
    {
        var answer = await SendAsync("GET", "/", s_proxy, host, forwardedProto: "https");

        Assert.Equal(StatusCodes.Status400BadRequest, answer.Response.StatusCode);
        Assert.False(answer.Response.Headers.ContainsKey("Location"));
    }

    [Fact]
    public async Task ByDefault_OnlyLocalHostNamesAreAnswered()
    {
        await using var local = new PortalFactory();

        var forged = await local.Server.SendAsync(c => c.Request.Host = new HostString("evil.example"));
        var own = await local.Server.SendAsync(c => c.Request.Host = new HostString("localhost", 5170));

        Assert.Equal(StatusCodes.Status400BadRequest, forged.Response.StatusCode);
        Assert.Equal(StatusCodes.Status302Found, own.Response.StatusCode);
        Assert.StartsWith("http://localhost:5170/Account/Login", own.Response.Headers.Location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_ReadAListOrOneSeparatedString_AndReplaceTheFrameworksLoopbackDefaults()
    {
        var settings = ReverseProxySettings.From(Configuration(new()
        {
            ["ReverseProxy:KnownProxies:0"] = "10.0.0.1",
            ["ReverseProxy:KnownProxies:1"] = "fd00::1",
            ["ReverseProxy:KnownNetworks"] = "10.1.0.0/16; 192.168.0.0/24",
        }));
        var options = new ForwardedHeadersOptions();

        settings.Apply(options);

        Assert.Equal(["10.0.0.1", "fd00::1"], options.KnownProxies.Select(p => p.ToString()));
        Assert.Equal(["10.1.0.0/16", "192.168.0.0/24"], options.KnownIPNetworks.Select(n => n.ToString()));
    }

    [Fact]
    public void Settings_RefuseAnAddressThatIsNotOne()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => { ReverseProxySettings.From(Configuration(new() { ["ReverseProxy:KnownNetworks"] = "10.0.0.0/33" })); });

        Assert.Contains("ReverseProxy:KnownNetworks", refused.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    /// <summary>Signs in through the real form, both requests arriving from <paramref name="peer"/> over what the proxy calls HTTPS.</summary>
    private async Task<HttpContext> SignInAsync(IPAddress peer)
    {
        var page = await SendAsync("GET", "/Account/Login", peer, PortalHost, forwardedProto: "https");
        var html = await new StreamReader(page.Response.Body).ReadToEndAsync();
        var cookies = string.Join("; ", page.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));
        var answer = await SendAsync("POST", "/Account/Login", peer, PortalHost, forwardedProto: "https", cookies, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(html),
            ["_handler"] = "login",
            ["Input.Email"] = ProductionTests.AdminEmail,
            ["Input.Password"] = ProductionTests.AdminPassword,
        });
        Assert.Equal(StatusCodes.Status302Found, answer.Response.StatusCode);
        return answer;
    }

    private static string AuthCookie(HttpContext answer) =>
        answer.Response.Headers.SetCookie.Single(c => c!.StartsWith("__Host-Alliance.Auth=", StringComparison.Ordinal))!;

    private Task<HttpContext> SendAsync(string method, string path, IPAddress peer, string host, string forwardedProto,
        string? cookies = null, Dictionary<string, string>? form = null) =>
        portal.Server.SendAsync(context =>
        {
            var request = context.Request;
            request.Method = method;
            request.Scheme = "http";
            request.Host = new HostString(host);
            request.Path = path;
            context.Connection.RemoteIpAddress = peer;
            request.Headers["X-Forwarded-Proto"] = forwardedProto;
            request.Headers["X-Forwarded-For"] = "198.51.100.7";
            if (cookies is not null)
            {
                request.Headers.Cookie = cookies;
            }
            if (form is not null)
            {
                var body = Encoding.UTF8.GetBytes(string.Join('&', form.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));
                request.ContentType = "application/x-www-form-urlencoded";
                request.ContentLength = body.Length;
                request.Body = new MemoryStream(body);
            }
        });

    /// <summary>In production, behind one proxy at 10.0.0.1, answering only its public host name.</summary>
    public sealed class ProxiedPortal : PortalFactory
    {
        protected override string EnvironmentName => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Seed:AdminEmail", ProductionTests.AdminEmail);
            builder.UseSetting("Seed:AdminPassword", ProductionTests.AdminPassword);
            builder.UseSetting("AllowedHosts", PortalHost);
            builder.UseSetting("ReverseProxy:KnownProxies", "10.0.0.1");
        }
    }
}
