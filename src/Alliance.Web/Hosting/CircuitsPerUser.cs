using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.SignalR;

namespace Alliance.Web.Hosting;

/// <summary>
/// The circuits each signed-in user holds, connected or waiting for a reconnect, and the refusal of
/// one more beyond <see cref="CircuitLimits.CircuitsPerUser"/>. The framework has no such limit.
/// A start counts while the hub creates its circuit, and the circuit from the moment it opens until
/// the framework closes it (disconnected ones too, until they are dropped); a reconnect to an
/// existing circuit is not a start.
/// </summary>
public sealed class CircuitsPerUser(CircuitLimits limits, ILogger<CircuitsPerUser> logger)
{
    // The hub methods that create a circuit (ResumeCircuit rebuilds one from persisted state).
    private static readonly string[] s_startMethods = ["StartCircuit", "ResumeCircuit"];

    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _starting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _open = new(StringComparer.Ordinal);

    public int Limit => limits.CircuitsPerUser;

    /// <summary>Circuits open or starting for <paramref name="userId"/>.</summary>
    public int CountFor(string userId)
    {
        lock (_lock)
        {
            return Count(userId);
        }
    }

    private int Count(string userId) =>
        _starting.GetValueOrDefault(userId) + (_open.TryGetValue(userId, out var circuits) ? circuits.Count : 0);

    private bool TryBeginStart(string userId)
    {
        lock (_lock)
        {
            if (Count(userId) >= limits.CircuitsPerUser)
            {
                return false;
            }
            _starting[userId] = _starting.GetValueOrDefault(userId) + 1;
            return true;
        }
    }

    private void EndStart(string userId)
    {
        lock (_lock)
        {
            if (--_starting[userId] == 0)
            {
                _starting.Remove(userId);
            }
        }
    }

    private void Opened(string userId, string circuitId)
    {
        lock (_lock)
        {
            if (!_open.TryGetValue(userId, out var circuits))
            {
                _open[userId] = circuits = new HashSet<string>(StringComparer.Ordinal);
            }
            circuits.Add(circuitId);
        }
    }

    private void Closed(string userId, string circuitId)
    {
        lock (_lock)
        {
            if (_open.TryGetValue(userId, out var circuits) && circuits.Remove(circuitId) && circuits.Count == 0)
            {
                _open.Remove(userId);
            }
        }
    }

    private void LogRefusal(string userId) =>
        logger.LogWarning("Refused a circuit to user {UserId}, who already holds {Limit}", userId, limits.CircuitsPerUser);

    private static string? UserIdOf(ClaimsPrincipal? user) => user?.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>Refuses a circuit start beyond the limit the way the hub refuses a bad one: an error to the browser, the connection closed, no circuit.</summary>
    public sealed class HubFilter(CircuitsPerUser circuits) : IHubFilter
    {
        public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
        {
            // The hub needs a signed-in user (fallback policy); without an id there is nobody to count.
            if (!s_startMethods.Contains(invocation.HubMethodName) || UserIdOf(invocation.Context.User) is not { } userId)
            {
                return await next(invocation);
            }
            if (!circuits.TryBeginStart(userId))
            {
                circuits.LogRefusal(userId);
                // Read in the browser's console; the page shows the portal's "reload" banner.
                await invocation.Hub.Clients.Caller.SendAsync("JS.Error", $"Too many open circuits for this account (limit {circuits.Limit}): close another tab.");
                invocation.Context.Abort();
                return null;
            }
            try
            {
                return await next(invocation);
            }
            finally
            {
                circuits.EndStart(userId);
            }
        }
    }

    /// <summary>One per circuit: records its user when it opens and lets go when it closes.</summary>
    public sealed class Handler(CircuitsPerUser circuits, AuthenticationStateProvider authentication) : CircuitHandler
    {
        private string? _userId;

        public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            // The user the hub saw: the circuit's authentication state is set from it before any handler runs.
            _userId = UserIdOf((await authentication.GetAuthenticationStateAsync()).User);
            if (_userId is not null)
            {
                circuits.Opened(_userId, circuit.Id);
            }
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            if (_userId is not null)
            {
                circuits.Closed(_userId, circuit.Id);
            }
            return Task.CompletedTask;
        }
    }
}
