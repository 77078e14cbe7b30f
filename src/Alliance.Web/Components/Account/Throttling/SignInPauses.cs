using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Components.Account.Throttling;

/// <summary>
/// Sign-in posts that did not sign in, counted per (client address, account) pair and never against
/// the account alone: after a few, that pair is paused for a while that doubles with each further
/// try. Someone guessing from their own address is slowed down; the person, from anywhere else, is
/// not kept out. Every post counts, not only wrong passwords (a post with no token or an empty
/// password must not be free), and a success forgets the pair. The same for an address with no
/// account, so that a pause tells nothing about which exist. Kept in this instance's memory: each
/// instance behind a load balancer counts on its own.
/// </summary>
public sealed class SignInPauses(IOptions<SignInThrottlingOptions> options, TimeProvider clock) : IDisposable
{
    // A bounded cache of its own: addresses posted by an attacker cannot grow it without end. When it
    // is full, new pairs are not counted (the per-client and per-account rate limits still apply).
    private readonly MemoryCache _pairs = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    private SignInThrottlingOptions Settings => options.Value;

    /// <summary>How long this pair must still wait, or null when it may try now.</summary>
    public TimeSpan? PauseLeft(SignInAttempt attempt)
    {
        if (attempt.Account is null || !_pairs.TryGetValue(Key(attempt), out PairAttempts? pair))
        {
            return null;
        }
        lock (pair!)
        {
            var left = pair.PausedUntil - clock.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    /// <summary>
    /// Counts a try that may fail; from the last one allowed on, each pauses the pair (1, 2, 4...
    /// minutes). Returns how many tries the pair has made without signing in, this one included,
    /// and the pause this try starts if it fails.
    /// </summary>
    public PairTries Count(SignInAttempt attempt)
    {
        if (attempt.Account is null)
        {
            return new PairTries(1, null);
        }
        var pair = _pairs.GetOrCreate(Key(attempt), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = Settings.ForgetAttemptsAfter;
            return new PairAttempts();
        })!;
        lock (pair)
        {
            pair.Attempts++;
            var beyond = pair.Attempts - Settings.AttemptsBeforePause;
            if (beyond < 0)
            {
                return new PairTries(pair.Attempts, null);
            }
            var pause = Settings.FirstPause * Math.Pow(2, Math.Min(beyond, 16));
            pause = pause < Settings.LongestPause ? pause : Settings.LongestPause;
            pair.PausedUntil = clock.GetUtcNow() + pause;
            return new PairTries(pair.Attempts, pause);
        }
    }

    /// <summary>The pair signed in (or passed a step of it): its count starts again.</summary>
    public void Forget(SignInAttempt attempt)
    {
        if (attempt.Account is not null)
        {
            _pairs.Remove(Key(attempt));
        }
    }

    public void Dispose() => _pairs.Dispose();

    private static (string, string) Key(SignInAttempt attempt) => (attempt.Client, attempt.Account!);

    /// <summary>How many tries a pair has made without signing in, and the pause the last one starts (none before the last allowed).</summary>
    public sealed record PairTries(int Attempts, TimeSpan? Pause);

    private sealed class PairAttempts
    {
        public int Attempts;
        public DateTimeOffset PausedUntil;
    }
}
