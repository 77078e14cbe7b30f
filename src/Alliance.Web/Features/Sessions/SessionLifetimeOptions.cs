namespace Alliance.Web.Features.Sessions;

/// <summary>How long a sign-in lasts (configuration section <c>Sessions</c>); see docs/security.md.</summary>
public sealed class SessionLifetimeOptions
{
    public const string SectionName = "Sessions";

    /// <summary>Unused this long, a session ends; each use moves the end further.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A session ends this long after sign-in, however much it is used.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long one instance trusts what it last read of a session before reading it again. A session
    /// ended on this instance ends here at once; on another instance within this delay.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an open interactive page (circuit) checks its session.</summary>
    public TimeSpan CircuitCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
