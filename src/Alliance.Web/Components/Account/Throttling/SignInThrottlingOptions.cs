namespace Alliance.Web.Components.Account.Throttling;

/// <summary>
/// The limits on the sign-in pages (section <c>SignInThrottling</c>); the defaults are the
/// production values, decided in docs/decisions/0013-sign-in-lockout-per-client-and-account.md.
/// </summary>
public sealed class SignInThrottlingOptions
{
    public const string Section = "SignInThrottling";

    /// <summary>Posts from one client address (an office behind one router is one address).</summary>
    public WindowLimit PerClient { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Retries for one account, from anywhere (a client's first try is not counted): a ceiling on guessing from many addresses.</summary>
    public WindowLimit PerAccount { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Posts from one client for one account, none of which signed in, before that pair is paused.</summary>
    public int AttemptsBeforePause { get; set; } = 5;

    /// <summary>The first pause; each further try doubles it, up to <see cref="LongestPause"/>.</summary>
    public TimeSpan FirstPause { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan LongestPause { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A pair's tries are forgotten after this long without one (and at once when it signs in).</summary>
    public TimeSpan ForgetAttemptsAfter { get; set; } = TimeSpan.FromHours(1);

    public sealed class WindowLimit
    {
        public int PermitLimit { get; set; }
        public TimeSpan Window { get; set; }
    }
}
