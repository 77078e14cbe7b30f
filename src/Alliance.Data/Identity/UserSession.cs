namespace Alliance.Data.Identity;

/// <summary>
/// One signed-in browser, as the server knows it. The sign-in cookie carries only its id, so ending
/// the session here ends the cookie everywhere, copies included.
/// </summary>
public sealed class UserSession
{
    public const int IdLength = 32;
    public const int EndReasonMaxLength = 40;

    public string Id { get; init; } = "";

    public string UserId { get; init; } = "";

    public DateTime StartedAt { get; init; }

    /// <summary>When the session was last used (kept to the minute), for the idle timeout.</summary>
    public DateTime LastSeenAt { get; set; }

    /// <summary>The absolute end, whatever the use.</summary>
    public DateTime ExpiresAt { get; init; }

    public DateTime? EndedAt { get; set; }

    /// <summary>Why it ended: <see cref="SessionEndReasons"/>.</summary>
    public string? EndReason { get; set; }

    public string? Address { get; init; }
}

public static class SessionEndReasons
{
    public const string SignedOut = "signed out";
    public const string PasswordChanged = "password changed";
    public const string Locked = "account locked";
    public const string AccessReduced = "roles or groups removed";
    public const string TwoFactorChanged = "two-factor changed";
}
