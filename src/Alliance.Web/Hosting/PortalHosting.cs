using Microsoft.AspNetCore.HttpOverrides;

namespace Alliance.Web.Hosting;

/// <summary>
/// What the portal does at its edge, before any page runs: which proxies it believes, which hosts it
/// answers, the headers every response carries, and who may open a Blazor connection.
/// </summary>
public static class PortalHosting
{
    public static WebApplicationBuilder AddPortalHosting(this WebApplicationBuilder builder)
    {
        // Nobody needs to be told which server answers.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var proxies = ReverseProxySettings.From(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(proxies.Apply);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline: the scheme a proxy reports must be known before HSTS, cookies and the origin check read it.</summary>
    public static WebApplication UsePortalHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseSameOriginBlazorHub();
        return app;
    }
}
