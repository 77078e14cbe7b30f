using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Alliance.Web.Hosting;

/// <summary>
/// The TLS proxies in front of the portal (<c>ReverseProxy:KnownProxies</c>, addresses, and
/// <c>ReverseProxy:KnownNetworks</c>, CIDR ranges). Only a request arriving from one of them may
/// say, through <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>, that it came over HTTPS or
/// from another client address; with none configured, no forwarded header is believed.
/// </summary>
public sealed record ReverseProxySettings(IReadOnlyList<IPAddress> KnownProxies, IReadOnlyList<IPNetwork> KnownNetworks)
{
    public const string Section = "ReverseProxy";

    public static ReverseProxySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new ReverseProxySettings(
            Entries(section, "KnownProxies")
                .Select(text => IPAddress.TryParse(text, out var address) ? address : throw Invalid("KnownProxies", text, "address"))
                .ToList(),
            Entries(section, "KnownNetworks")
                .Select(text => IPNetwork.TryParse(text, out var network) ? network : throw Invalid("KnownNetworks", text, "network such as 10.0.0.0/8"))
                .ToList());
    }

    public void Apply(ForwardedHeadersOptions options)
    {
        // Not X-Forwarded-Host: the host is checked against AllowedHosts as the client sent it.
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // The framework trusts loopback by default; here only what the configuration names.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(proxy);
        }
        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(network);
        }
    }

    // Both a list ("KnownProxies:0") and one string separated by ';' or ',' (an environment variable).
    private static IEnumerable<string> Entries(IConfigurationSection section, string key)
    {
        var entry = section.GetSection(key);
        var values = entry.Value is { } single ? [single] : entry.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static InvalidOperationException Invalid(string key, string text, string what) =>
        new($"{Section}:{key} has '{text}', which is not an IP {what}.");
}
