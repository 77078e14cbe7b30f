using System.Net;
using Alliance.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Alliance.Tests.Web;

/// <summary>The idle timeout and the absolute lifetime, on a portal configured with seconds instead of hours.</summary>
public sealed class SessionLifetimeTests : IDisposable
{
    private readonly ShortSessionsPortal _portal = new();

    [Fact]
    public async Task ASessionUnusedForTheIdleTimeout_Ends()
    {
        var client = await _portal.SignedInClientAsync("member@alliance.test");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/members")).StatusCode);

        await Task.Delay(ShortSessionsPortal.Idle + TimeSpan.FromMilliseconds(500));

        var response = await client.GetAsync("/members");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ASessionInUse_LastsNoLongerThanItsAbsoluteLifetime()
    {
        var client = await _portal.SignedInClientAsync("member@alliance.test");
        var started = DateTime.UtcNow;
        // Used four times per idle timeout: idleness never ends it (the cookie itself slides past half its life), only its age does.
        while (DateTime.UtcNow - started < ShortSessionsPortal.Absolute - TimeSpan.FromSeconds(1))
        {
            var used = await client.GetAsync("/members");
            Assert.True(used.StatusCode == HttpStatusCode.OK, $"{used.StatusCode} after {DateTime.UtcNow - started} to {used.Headers.Location}");
            await Task.Delay(ShortSessionsPortal.Idle / 4);
        }
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/members")).StatusCode);
    }

    public void Dispose() => _portal.Dispose();

    private sealed class ShortSessionsPortal : PortalFactory
    {
        public static readonly TimeSpan Idle = TimeSpan.FromSeconds(3);
        public static readonly TimeSpan Absolute = TimeSpan.FromSeconds(6);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Sessions:IdleTimeout", Idle.ToString());
            builder.UseSetting("Sessions:AbsoluteLifetime", Absolute.ToString());
        }
    }
}
