using System.Net;
using System.Net.WebSockets;
using Alliance.Tests.Support;
using Alliance.Web.Hosting;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alliance.Tests.Web;

/// <summary>The circuit's hub: only the portal's own pages may open it, and its limits are the ones chosen for a small server.</summary>
[Collection(PortalCollection.Name)]
public sealed class BlazorHubTests(PortalFactory portal)
{
    // The test client speaks HTTPS, as browsers do to the portal (its sign-in cookie is Secure).
    private const string OwnOrigin = "https://localhost";
    private const string ForeignOrigin = "https://evil.example";

    [Theory]
    [InlineData(ForeignOrigin, HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    [InlineData("https://localhost:8080", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", HttpStatusCode.Forbidden)]
    [InlineData(OwnOrigin, HttpStatusCode.OK)]
    public async Task Negotiate_IsAnsweredOnlyForThePortalsOwnOrigin(string origin, HttpStatusCode expected)
    {
        var (client, _) = await SignedInAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task WebSocket_FromAnotherOrigin_IsRefused_EvenWithTheUsersCookie()
    {
        var (_, cookie) = await SignedInAsync();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(ForeignOrigin, cookie));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebSocket_FromThePortalsOwnPages_IsAccepted()
    {
        var (_, cookie) = await SignedInAsync();

        using var socket = await ConnectAsync(OwnOrigin, cookie);

        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public void CircuitAndHubLimits_AreTheOnesChosenForASmallServer()
    {
        var circuit = portal.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        var hub = BlazorHubOptions();
        var limits = portal.Services.GetRequiredService<CircuitLimits>();

        // The values docs/security.md states; where the framework's default differs, ours is lower on purpose.
        Assert.Equal(32 * 1024, hub.MaximumReceiveMessageSize);
        Assert.Equal(5, circuit.MaxBufferedUnacknowledgedRenderBatches);
        Assert.Equal(20, circuit.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(3), circuit.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(5, limits.CircuitsPerUser);
        Assert.Equal(5, portal.Services.GetRequiredService<CircuitsPerUser>().Limit);
    }

    [Fact]
    public void CircuitLimits_RefuseANonsensicalSetting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CircuitLimits:CircuitsPerUser"] = "0" })
            .Build();

        var refused = Assert.Throws<InvalidOperationException>(() => { CircuitLimits.From(configuration); });

        Assert.Contains("CircuitLimits", refused.Message, StringComparison.Ordinal);
    }

    // The hub's own options: HubOptions<ComponentHub>, whose hub type the framework keeps internal.
    private HubOptions BlazorHubOptions()
    {
        var hubType = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var optionsType = typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hubType));
        var options = portal.Services.GetRequiredService(optionsType);
        return (HubOptions)optionsType.GetProperty(nameof(IOptions<object>.Value))!.GetValue(options)!;
    }

    private async Task<(HttpClient Client, string Cookie)> SignedInAsync()
    {
        var cookies = new CookieContainer();
        var address = PortalClient.NextClientAddress();
        var client = new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = portal.Server.CreateHandler(c => c.Connection.RemoteIpAddress = address) })
        {
            BaseAddress = new Uri(OwnOrigin),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("secretariat@alliance.test", PortalClient.DemoPassword)).StatusCode);
        return (client, cookies.GetCookieHeader(new Uri(OwnOrigin)));
    }

    // A WebSocket straight to the hub, as a browser on the origin page would open it (SignalR accepts one without negotiating).
    private Task<WebSocket> ConnectAsync(string origin, string cookie)
    {
        var client = portal.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Origin = origin;
            request.Headers.Cookie = cookie;
        };
        return client.ConnectAsync(new Uri("wss://localhost/_blazor"), CancellationToken.None);
    }
}
