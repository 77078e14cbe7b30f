using Alliance.Web.Components.Account.Throttling;
using Microsoft.Extensions.Options;

namespace Alliance.Tests.Web;

/// <summary>The pause per (client, account) pair: a few free tries, then 1, 2, 4... minutes, never more than the longest.</summary>
public sealed class SignInPausesTests
{
    private readonly ManualClock _clock = new();
    private readonly SignInThrottlingOptions _settings = new();
    private readonly SignInPauses _pauses;
    private readonly SignInAttempt _guesser = new("203.0.113.7", "LEAD@ALLIANCE.TEST");

    public SignInPausesTests() => _pauses = new SignInPauses(Options.Create(_settings), _clock);

    [Fact]
    public void APair_IsPausedAfterItsFreeTries_ForLongerAndLonger_UpToTheLongestPause()
    {
        for (var i = 1; i < _settings.AttemptsBeforePause; i++)
        {
            Assert.Equal(new SignInPauses.PairTries(i, null), _pauses.Count(_guesser));
            Assert.Null(_pauses.PauseLeft(_guesser));
        }

        var pauses = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            var started = _pauses.Count(_guesser);
            var pause = _pauses.PauseLeft(_guesser)!.Value;
            Assert.Equal(_settings.AttemptsBeforePause + i, started.Attempts);
            Assert.Equal(started.Pause, pause);
            pauses.Add(pause);
            _clock.Now += pause;
            Assert.Null(_pauses.PauseLeft(_guesser));
        }

        Assert.Equal(new[] { 1, 2, 4, 8, 15, 15 }, pauses.Select(p => (int)p.TotalMinutes));
    }

    [Fact]
    public void APause_ConcernsOnlyItsPair()
    {
        for (var i = 0; i < _settings.AttemptsBeforePause; i++)
        {
            _pauses.Count(_guesser);
        }

        Assert.NotNull(_pauses.PauseLeft(_guesser));
        Assert.Null(_pauses.PauseLeft(_guesser with { Client = "198.51.100.20" }));
        Assert.Null(_pauses.PauseLeft(_guesser with { Account = "MEMBER@ALLIANCE.TEST" }));
    }

    [Fact]
    public void Forgetting_EndsThePause_AndTheCount()
    {
        for (var i = 0; i < _settings.AttemptsBeforePause; i++)
        {
            _pauses.Count(_guesser);
        }

        _pauses.Forget(_guesser);

        Assert.Null(_pauses.PauseLeft(_guesser));
        _pauses.Count(_guesser);
        Assert.Null(_pauses.PauseLeft(_guesser));
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    public void AClient_IsItsAddress_AndAnIPv6Client_ItsNetwork(string address, string key) =>
        Assert.Equal(key, SignInAttempt.ClientKey(System.Net.IPAddress.Parse(address)));

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
