using Alliance.Data;
using Alliance.Data.Identity;
using Alliance.Domain.Accounts;
using Alliance.Web.Components;
using Alliance.Web.Components.Account;
using Alliance.Web.Components.Account.Links;
using Alliance.Web.Components.Account.Passwords;
using Alliance.Web.Components.Account.Throttling;
using Alliance.Web.Features;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Mail;
using Alliance.Web.Features.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Alliance.Web.Features.Members;
using Alliance.Web.Features.SteeringCommittee;
using Alliance.Web.Features.Workplans;
using Alliance.Web.Hosting;
using Alliance.Web.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.ResponseCompression;
using MudBlazor.Services;
using Serilog;

namespace Alliance.Web;

/// <summary>Everything the portal registers and the order of its middleware, kept out of Program.cs.</summary>
public static class PortalHostingExtensions
{
    public static WebApplicationBuilder AddAlliancePortal(this WebApplicationBuilder builder)
    {
        builder.AddPortalHosting();
        var services = builder.Services;
        services.AddSerilog((sp, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(sp));

        services.AddAllianceData(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Keys in the database, so that several instances behind a load balancer share them; encrypted there.
        services.AddDataProtection().SetApplicationName("Alliance.Portal").PersistKeysToDbContext<AllianceDbContext>()
            .ProtectPortalKeys(builder.Configuration, builder.Environment);

        services.AddRazorComponents().AddInteractiveServerComponents().AddPortalCircuitLimits(builder.Configuration);
        // Pages are compressed too (static files already are): the dashboard's HTML goes from
        // about 70 KB to about 11 KB. Safe over HTTPS here: the only secret in a page body, the
        // antiforgery token, is encrypted afresh for every response (BREACH needs a stable
        // secret); see docs/security.md.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddMudServices();
        services.AddLocalization();
        services.AddSingleton(TimeProvider.System);

        services.AddSignInThrottling(builder.Configuration);
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
            })
            .AddIdentityCookies();
        services.Configure<SessionLifetimeOptions>(builder.Configuration.GetSection(SessionLifetimeOptions.SectionName));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionLifetimeOptions>>((cookie, sessions) =>
            {
                cookie.LoginPath = "/Account/Login";
                cookie.AccessDeniedPath = "/Account/AccessDenied";
                // __Host-: sent only over HTTPS (browsers treat localhost as such), to this host, for every path.
                cookie.Cookie.Name = "__Host-Alliance.Auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.Path = "/";
                // The cookie lives as long as the idle timeout; the server-side session decides (docs/security.md).
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = sessions.Value.IdleTimeout;
                cookie.EventsType = typeof(SessionCookieEvents);
            });
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.Stores.SchemaVersion = IdentitySchema.Version;
                options.User.RequireUniqueEmail = true;
                // Length over composition, and nothing guessable (NIST SP 800-63B); see docs/security.md.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 6;
                // Only wrong authenticator codes lock an account; wrong passwords pause one client (decision 0013).
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AllianceDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
        // The links mailed to people: an invitation to choose a first password, a password reset; each works once.
        services.AddOptions<AccountLinkOptions>().Bind(builder.Configuration.GetSection(AccountLinkOptions.Section));
        services.AddOptions<InvitationTokenProviderOptions>()
            .Configure<IOptions<AccountLinkOptions>>((tokens, links) => tokens.TokenLifespan = links.Value.InvitationLifetime);
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<AccountLinkOptions>>((tokens, links) => tokens.TokenLifespan = links.Value.PasswordResetLifetime);
        services.AddPortalMail(builder.Configuration, builder.Environment);
        services.AddScoped<AccountMail>();
        services.AddScoped<AccountLinkService>();

        services.AddAuthorizationBuilder()
            // Every page needs a signed-in user unless it says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            // Staff pages need a sign-in made with a second factor, as the changes behind them do (CurrentUser).
            .AddPolicy(PortalPolicies.Staff, p => p.RequireRole(AllianceRoles.Administrator, AllianceRoles.Secretariat)
                .RequireClaim(SecondFactor.ClaimType, SecondFactor.ClaimValue))
            .AddPolicy(PortalPolicies.Administrator, p => p.RequireRole(AllianceRoles.Administrator)
                .RequireClaim(SecondFactor.ClaimType, SecondFactor.ClaimValue));

        services.AddPortalFeatures();
        return builder;
    }

    public static WebApplication UseAlliancePortal(this WebApplication app)
    {
        app.UsePortalHosting();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                CreateScopeForErrors = true,
                // A database that cannot answer now is a 503 ("try again"), not a fault of the portal.
                StatusCodeSelector = fault => DatabaseFaults.IsUnavailable(fault) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }
        app.UseResponseCompression();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(PortalCultures.English)
                .AddSupportedCultures(PortalCultures.All)
                .AddSupportedUICultures(PortalCultures.All);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
        });
        app.UseSignInThrottling();

        app.UseAuthentication();
        app.UseUnsentFormsWhenSignedOut();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseUnsentFormsWhenRefused();
        // A post whose form token failed keeps the endpoint's own 400: re-executed as the status-code
        // page, the same post would be validated again and throw, and the visitor would get a 500.
        app.Use((context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }
            return next(context);
        });

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapCultureEndpoints();
        app.MapWorkplanExports();
        app.MapMemberExports();
        app.MapSeatExports();
        app.MapAuditExports();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        return app;
    }
}
