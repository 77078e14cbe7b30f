using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Alliance.Web.Features.Shared;

/// <summary>
/// The address the caller connects from, for the audit trail: read from the request on static
/// pages, and from the circuit's own connection when it opens on interactive ones (there is no
/// request afterwards).
/// </summary>
public sealed class ClientAddress(IHttpContextAccessor accessor)
{
    private string? _captured;

    public string? Value => _captured ??= Read();

    internal void Capture() => _captured = Read();

    private string? Read() => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>Takes the address while the circuit's connection is at hand.</summary>
    internal sealed class OnCircuit(ClientAddress address) : CircuitHandler
    {
        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            address.Capture();
            return Task.CompletedTask;
        }
    }
}
