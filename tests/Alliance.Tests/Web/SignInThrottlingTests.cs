using System.Net;
using Alliance.Tests.Support;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;

namespace Alliance.Tests.Web;

/// <summary>
/// The sign-in family's posts are rate-limited per client address and per account, with a 429 that
/// says when to try again; reading the pages, other clients and other accounts are not affected.
/// On a portal of its own with small limits: the shared one runs with the production defaults.
/// </summary>
public sealed class SignInThrottlingTests(SignInThrottlingTests.ThrottledPortal portal) : IClassFixture<SignInThrottlingTests.ThrottledPortal>
{
    [Fact]
    public async Task SignInPosts_BeyondTheLimitPerClient_Get429WithRetryAfter_AndAnotherClientIsNotAffected()
    {
        var client = portal.CreateBrowserClient();
        for (var i = 0; i < ThrottledPortal.PerClient; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(NewAddress(), "not-the-password")).StatusCode);
        }

        var refused = await client.SignInAsync(NewAddress(), "not-the-password");

        await AssertTooManyAttemptsAsync(refused, "Too many sign-in attempts", "Please wait up to a minute before trying again.");
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateBrowserClient().SignInAsync(NewAddress(), "not-the-password")).StatusCode);
    }

    [Fact]
    public async Task Retries_BeyondTheLimitPerAccount_Get429FromAnyClient_AndAnotherAccountIsNotAffected()
    {
        var target = NewAddress();
        for (var i = 0; i < ThrottledPortal.PerAccount; i++)
        {
            var guesser = portal.CreateBrowserClient();
            Assert.Equal(HttpStatusCode.OK, (await guesser.SignInAsync(target, "first-guess")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await guesser.SignInAsync(target, "second-guess")).StatusCode);
        }
        var another = portal.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.OK, (await another.SignInAsync(target, "first-guess")).StatusCode);

        // Another spelling of the same address is the same account.
        var refused = await another.SignInAsync($"  {target.ToUpperInvariant()} ", "second-guess");

        await AssertTooManyAttemptsAsync(refused, "Too many sign-in attempts", "Please wait 5 minutes before trying again.");
        var elsewhere = portal.CreateBrowserClient();
        await elsewhere.SignInAsync(NewAddress(), "first-guess");
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.SignInAsync(NewAddress(), "second-guess")).StatusCode);
    }

    /// <summary>The ceiling per account counts retries only: however much an account is flooded, its person signs in at the first try.</summary>
    [Fact]
    public async Task AFloodedAccount_StillLetsItsPersonSignIn_AtTheFirstTry()
    {
        const string person = "lead2@alliance.test";
        for (var i = 0; i <= ThrottledPortal.PerAccount; i++)
        {
            var guesser = portal.CreateBrowserClient();
            await guesser.SignInAsync(person, "first-guess");
            await guesser.SignInAsync(person, "second-guess");
        }

        await portal.SignedInClientAsync(person);
    }

    [Fact]
    public async Task TheTooManyAttemptsPage_SpeaksTheReadersLanguage()
    {
        var client = await portal.CreateBrowserClient().InFrenchAsync();
        HttpResponseMessage response;
        do
        {
            response = await client.SignInAsync(NewAddress(), "not-the-password");
        }
        while (response.StatusCode == HttpStatusCode.OK);

        await AssertTooManyAttemptsAsync(response, "Trop de tentatives de connexion", "Veuillez patienter jusqu'à une minute avant de réessayer.");
    }

    [Theory]
    [InlineData("/Account/LoginWith2fa")]
    [InlineData("/Account/LoginWithRecoveryCode")]
    public async Task SecondFactorPosts_AreLimitedPerClient(string path)
    {
        var client = portal.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ThrottledPortal.PerClient; i++)
        {
            // No token and no two-factor user: refused anyway, but counted first.
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.TwoFactorCode"] = "123456" });
            statuses.Add((await client.PostAsync(path, form)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(ThrottledPortal.PerClient));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task ReadingTheSignInPage_IsNeverLimited()
    {
        var client = portal.CreateBrowserClient();

        for (var i = 0; i < 3 * ThrottledPortal.PerClient; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        }
    }

    [Fact]
    public async Task PostsOutsideTheSignInFamily_AreNotLimited()
    {
        var client = portal.CreateBrowserClient();

        for (var i = 0; i < 3 * ThrottledPortal.PerClient; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "" });
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/Account/Logout", form)).StatusCode);
        }
    }

    private static async Task AssertTooManyAttemptsAsync(HttpResponseMessage response, string title, string wait)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(wait, page.QuerySelector("[data-testid=retry-after]")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='Account/Login']"));
    }

    private static string NewAddress() => $"someone.{Guid.NewGuid():N}@alliance.test";

    /// <summary>The portal with small limits, so that a test reaches them in a few requests.</summary>
    public sealed class ThrottledPortal : PortalFactory
    {
        public const int PerClient = 4;
        public const int PerAccount = 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SignInThrottling:PerClient:PermitLimit", PerClient.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("SignInThrottling:PerClient:Window", "00:01:00");
            builder.UseSetting("SignInThrottling:PerAccount:PermitLimit", PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("SignInThrottling:PerAccount:Window", "00:05:00");
        }
    }
}

/// <summary>The production defaults, on the shared portal: the burst that issue 9 reported is refused.</summary>
[Collection(PortalCollection.Name)]
public sealed class SignInDefaultLimitTests(PortalFactory portal)
{
    [Fact]
    public async Task AHundredSignInPostsInARow_FromOneClient_AreRefusedAfterThirty()
    {
        var client = portal.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 100; i++)
        {
            // Without a token, so that the test does not spend 30 password hashes: such posts count all the same.
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["Input.Email"] = $"guess.{i}@alliance.test",
                ["Input.Password"] = "not-the-password",
            });
            statuses.Add((await client.PostAsync("/Account/Login", form)).StatusCode);
        }

        Assert.All(statuses.Take(30), status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.All(statuses.Skip(30), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
    }
}
