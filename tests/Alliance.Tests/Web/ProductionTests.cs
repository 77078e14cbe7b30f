using System.Net;
using Alliance.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>Outside Development: no demo accounts, a first administrator from configuration, no stack traces.</summary>
public sealed class ProductionTests : IClassFixture<ProductionTests.ProductionPortal>
{
    public const string AdminEmail = "first.admin@alliance.example";
    public const string AdminPassword = "a-long-bootstrap-passphrase";

    private readonly ProductionPortal _portal;

    public ProductionTests(ProductionPortal portal) => _portal = portal;

    [Fact]
    public async Task DemoAccounts_DoNotExist()
    {
        var client = _portal.CreateBrowserClient();

        var response = await client.SignInAsync("admin@alliance.test", PortalClient.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task FirstAdministrator_FromConfiguration_SetsUpASecondFactor_ThenManagesUsers_AndSeesItsRecoveryCodesOnce()
    {
        // A portal of its own: the other tests sign this administrator in with a password alone.
        await using var portal = new ProductionPortal();
        var client = await portal.SignedInClientAsync(AdminEmail, AdminPassword);

        // A password alone opens no staff page: the administrator is told to set up two-factor authentication.
        var refused = await client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var denied = await client.GetStringAsync(refused.Headers.Location!);
        Assert.Contains("need two-factor authentication", denied, StringComparison.Ordinal);

        var setUp = await client.GetStringAsync("/Account/Manage/EnableAuthenticator");
        var key = System.Text.RegularExpressions.Regex.Match(setUp, "<kbd class=\"account-key\">([^<]+)</kbd>").Groups[1].Value;
        var verified = await client.PostAsync("/Account/Manage/EnableAuthenticator", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(setUp),
            ["_handler"] = "send-code",
            ["Input.Code"] = Totp.Code(key),
        }));
        var codes = await verified.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(codes, "<li><code>").Count);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        // Shown once: no page shows the codes again (a new set can be generated, which voids these).
        var again = await client.GetStringAsync("/Account/Manage/TwoFactorAuthentication");
        Assert.DoesNotContain("account-recovery-codes", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledError_ShowsAFriendlyPageWithAReference_AndNoStackTrace()
    {
        var client = await _portal.SignedInClientAsync(AdminEmail, AdminPassword);

        var response = await client.GetAsync(ProductionPortal.FailingPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-reference\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ProductionPortal.SecretDetail, html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledError_Page_CarriesTheSecurityHeaders()
    {
        var client = await _portal.SignedInClientAsync(AdminEmail, AdminPassword);

        var response = await client.GetAsync(ProductionPortal.FailingPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        SecurityHeadersTests.AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CfDJ8-not-a-token")]
    public async Task SignOut_WithAMissingOrInvalidFormToken_IsRefusedWith400_NotAnError(string? token)
    {
        var client = await _portal.SignedInClientAsync(AdminEmail, AdminPassword);
        var form = new Dictionary<string, string> { ["ReturnUrl"] = "" };
        if (token is not null)
        {
            form["__RequestVerificationToken"] = token;
        }

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/members")).StatusCode);
    }

    [Fact]
    public async Task AReadThatFindsTheDatabaseBusy_IsAFriendly503_WithAReference()
    {
        var client = await _portal.SignedInClientAsync(AdminEmail, AdminPassword);

        var response = await client.GetAsync(ProductionPortal.BusyPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("cannot reach its data just now", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-reference\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("database is locked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSeeding_IsRefused_OutsideDevelopment()
    {
        using var unsafePortal = ProductionPortal.WithDemoSeeding();

        var ex = Assert.ThrowsAny<Exception>(() => unsafePortal.CreateBrowserClient());

        Assert.Contains("Seed:Demo", ex.ToString(), StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    public sealed class ProductionPortal : PortalFactory
    {
        public const string FailingPath = "/test-only/fail";

        /// <summary>Answers as a page does when SQLite stays locked past its timeout (a read in WAL mode never waits; a write or a checkpoint may).</summary>
        public const string BusyPath = "/test-only/busy";
        public const string SecretDetail = "connection string with a password";
        private readonly bool _demo;

        public ProductionPortal() => _demo = false;

        private ProductionPortal(bool demo) => _demo = demo;

        public static ProductionPortal WithDemoSeeding() => new(demo: true);

        protected override string EnvironmentName => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Seed:AdminEmail", AdminEmail);
            builder.UseSetting("Seed:AdminPassword", AdminPassword);
            builder.UseSetting("Seed:Demo", _demo ? "true" : "false");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingEndpointFilter>());
        }

        /// <summary>Appends a path that throws, after the portal's own pipeline, as a bug in a page would.</summary>
        private sealed class FailingEndpointFilter : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((HttpContext context, RequestDelegate _) => context.Request.Path == FailingPath
                    ? throw new InvalidOperationException(SecretDetail)
                    : context.Request.Path == BusyPath
                        ? throw new Microsoft.Data.Sqlite.SqliteException("SQLite Error 5: 'database is locked'.", 5)
                        : Task.CompletedTask);
            };
        }
    }
}
