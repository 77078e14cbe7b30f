using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Alliance.Web.Hosting;

/// <summary>
/// How much a Blazor circuit may hold on a small server (section <c>CircuitLimits</c>). The staff
/// desks are the only interactive pages, used by a few dozen people: the defaults are sized for
/// that, well under the framework's, which are sized for public sites.
/// </summary>
public sealed class CircuitLimits
{
    public const string Section = "CircuitLimits";

    /// <summary>Largest message a browser may send (the framework's Blazor default, stated on purpose): a 4,000-character text in three-byte characters fits.</summary>
    public int MaximumReceiveMessageSize { get; set; } = 32 * 1024;

    /// <summary>Render batches a slow browser may leave unacknowledged before the server stops rendering for it (framework: 10).</summary>
    public int MaxBufferedUnacknowledgedRenderBatches { get; set; } = 5;

    /// <summary>Disconnected circuits kept in memory for a reconnect, over all users (framework: 100).</summary>
    public int DisconnectedCircuitMaxRetained { get; set; } = 20;

    /// <summary>How long a disconnected circuit waits for its browser (the framework's default, stated on purpose): a field connection that drops for a minute finds its form again.</summary>
    public TimeSpan DisconnectedCircuitRetentionPeriod { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Circuits, connected or waiting for a reconnect, one signed-in user may hold at once (no framework limit): a desk in a few tabs.</summary>
    public int CircuitsPerUser { get; set; } = 5;

    public static CircuitLimits From(IConfiguration configuration)
    {
        var limits = configuration.GetSection(Section).Get<CircuitLimits>() ?? new CircuitLimits();
        if (limits.MaximumReceiveMessageSize < 1024 || limits.MaxBufferedUnacknowledgedRenderBatches < 1
            || limits.DisconnectedCircuitMaxRetained < 0 || limits.DisconnectedCircuitRetentionPeriod <= TimeSpan.Zero || limits.CircuitsPerUser < 1)
        {
            throw new InvalidOperationException($"{Section}: every limit must be positive (and the message size at least 1024 bytes).");
        }
        return limits;
    }
}

public static class CircuitLimitsExtensions
{
    /// <summary>Applies <see cref="CircuitLimits"/> to the circuits and to their hub, and counts each user's circuits.</summary>
    public static IServerSideBlazorBuilder AddPortalCircuitLimits(this IServerSideBlazorBuilder blazor, IConfiguration configuration)
    {
        var limits = CircuitLimits.From(configuration);
        blazor.Services.AddSingleton(limits);
        blazor.Services.AddSingleton<CircuitsPerUser>();
        blazor.Services.AddSingleton<CircuitsPerUser.HubFilter>();
        blazor.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitsPerUser.Handler>());
        return blazor
            .AddCircuitOptions(circuit =>
            {
                circuit.MaxBufferedUnacknowledgedRenderBatches = limits.MaxBufferedUnacknowledgedRenderBatches;
                circuit.DisconnectedCircuitMaxRetained = limits.DisconnectedCircuitMaxRetained;
                circuit.DisconnectedCircuitRetentionPeriod = limits.DisconnectedCircuitRetentionPeriod;
            })
            .AddHubOptions(hub =>
            {
                hub.MaximumReceiveMessageSize = limits.MaximumReceiveMessageSize;
                hub.AddFilter<CircuitsPerUser.HubFilter>();
            });
    }
}
