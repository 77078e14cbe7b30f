using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Alliance.Tests.Support;

/// <summary>
/// One production instance of the portal on a given SQLite file, with the first administrator of
/// <see cref="Web.ProductionTests"/>: several of them on one file are a load-balanced deployment.
/// </summary>
public sealed class ProductionInstance(string databasePath, string? certificatePath, params (string Key, string Value)[] settings)
    : PortalFactory(databasePath)
{
    protected override string EnvironmentName => "Production";

    protected override string? KeyCertificatePath => certificatePath;

    /// <summary>A client of this instance keeping its cookies in <paramref name="cookies"/>: one browser, whichever instance answers.</summary>
    public HttpClient BrowserWith(CookieContainer cookies) =>
        CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:AdminEmail", Web.ProductionTests.AdminEmail);
        builder.UseSetting("Seed:AdminPassword", Web.ProductionTests.AdminPassword);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
