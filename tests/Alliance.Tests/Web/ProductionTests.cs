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
    public async Task FirstAdministrator_FromConfiguration_CanSignIn_AndManageUsers()
    {
        var client = await _portal.SignedInClientAsync(AdminEmail, AdminPassword);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
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
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
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
                    : Task.CompletedTask);
            };
        }
    }
}
