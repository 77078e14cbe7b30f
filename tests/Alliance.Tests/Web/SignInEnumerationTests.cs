using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Alliance.Tests.Support;
using Alliance.Web.Components.Account.Throttling;

namespace Alliance.Tests.Web;

/// <summary>Signing in tells nobody which e-mail addresses have an account: not by the reply, its timing or its lockout.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class SignInEnumerationTests(PortalFactory portal)
{
    private const string KnownAccount = "lead2@alliance.test";
    private const string UnknownAccount = "nobody.here@alliance.test";
    private static readonly int TriesBeforePause = new SignInThrottlingOptions().AttemptsBeforePause;

    [Fact]
    public async Task WrongPassword_ForAKnownAndAnUnknownAddress_GetsTheSameReply()
    {
        var known = await portal.CreateBrowserClient().SignInAsync(KnownAccount, "not-the-password");
        var unknown = await portal.CreateBrowserClient().SignInAsync(UnknownAccount, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(CookieNames(known), CookieNames(unknown));
        var knownPage = Comparable(await known.Content.ReadAsStringAsync(), KnownAccount);
        Assert.Contains("Incorrect e-mail address or password.", knownPage, StringComparison.Ordinal);
        Assert.Equal(knownPage, Comparable(await unknown.Content.ReadAsStringAsync(), UnknownAccount));
    }

    /// <summary>
    /// Before the fix an unknown address was answered 5 to 10 times faster (no password hash to check).
    /// A check of behaviour, not a benchmark: medians of interleaved tries, and a generous bound.
    /// </summary>
    [Fact]
    public async Task WrongPassword_ForAKnownAndAnUnknownAddress_TakesAboutTheSameTime()
    {
        const int tries = 9;
        await TimeWrongPasswordAsync(KnownAccount);
        await TimeWrongPasswordAsync(UnknownAccount);
        var known = new List<double>();
        var unknown = new List<double>();

        for (var i = 0; i < tries; i++)
        {
            known.Add(await TimeWrongPasswordAsync(KnownAccount));
            unknown.Add(await TimeWrongPasswordAsync(UnknownAccount));
        }

        var (knownMedian, unknownMedian) = (Median(known), Median(unknown));
        var ratio = Math.Max(knownMedian, unknownMedian) / Math.Min(knownMedian, unknownMedian);
        Assert.True(ratio < 2, $"Median of a wrong password: {knownMedian:F0} ms for a known address, {unknownMedian:F0} ms for an unknown one.");
    }

    [Fact]
    public async Task RepeatedWrongPasswords_PauseAKnownAndAnUnknownAddress_Alike()
    {
        var fromKnown = portal.CreateBrowserClient();
        var fromUnknown = portal.CreateBrowserClient();
        var unknownAccount = $"nobody.{Guid.NewGuid():N}@alliance.test";
        for (var i = 0; i < TriesBeforePause; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await fromKnown.SignInAsync(KnownAccount, "not-the-password")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await fromUnknown.SignInAsync(unknownAccount, "not-the-password")).StatusCode);
        }

        var known = await fromKnown.SignInAsync(KnownAccount, "not-the-password");
        var unknown = await fromUnknown.SignInAsync(unknownAccount, "not-the-password");

        Assert.Equal(HttpStatusCode.TooManyRequests, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.RetryAfter!.Delta!.Value.TotalSeconds, unknown.Headers.RetryAfter!.Delta!.Value.TotalSeconds, tolerance: 2);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APausedClient_CannotTryEvenTheRightPassword_ButThePersonSignsInFromElsewhere()
    {
        var guesser = portal.CreateBrowserClient();
        for (var i = 0; i < TriesBeforePause; i++)
        {
            await guesser.SignInAsync(KnownAccount, "not-the-password");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.SignInAsync(KnownAccount, PortalClient.DemoPassword)).StatusCode);
        await portal.SignedInClientAsync(KnownAccount);
    }

    [Fact]
    public async Task WrongPasswords_NeverLockTheAccount()
    {
        // Before: five wrong passwords from anywhere locked the account for 15 minutes.
        for (var i = 0; i < 2 * TriesBeforePause; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await portal.CreateBrowserClient().SignInAsync(KnownAccount, "not-the-password")).StatusCode);
        }

        var response = await portal.CreateBrowserClient().SignInAsync(KnownAccount, PortalClient.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Lockout", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningIn_ForgetsTheTriesBeforeIt()
    {
        var client = portal.CreateBrowserClient();
        for (var i = 0; i < TriesBeforePause - 1; i++)
        {
            await client.SignInAsync(KnownAccount, "not-the-password");
        }
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(KnownAccount, PortalClient.DemoPassword)).StatusCode);

        for (var i = 0; i < TriesBeforePause; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(KnownAccount, "not-the-password")).StatusCode);
        }
    }

    /// <summary>The time of the sign-in post alone, each from a new client so that no pause for repeated failures applies.</summary>
    private async Task<double> TimeWrongPasswordAsync(string email)
    {
        var client = portal.CreateBrowserClient();
        var token = PortalClient.AntiforgeryToken(await client.GetStringAsync("/Account/Login"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = "not-the-password",
        });
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync("/Account/Login", form);
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string[] CookieNames(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split('=')[0]).Order().ToArray() : [];

    /// <summary>The page without what differs between any two replies: what is encrypted afresh each time, and the address typed.</summary>
    internal static string Comparable(string html, string email) =>
        EncryptedValue().Replace(html, "(encrypted)").Replace(email, "(email)", StringComparison.Ordinal);

    [GeneratedRegex("CfDJ8[A-Za-z0-9+/=_-]+")]
    private static partial Regex EncryptedValue();
}
