using Alliance.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Alliance.Tests.Browser;

/// <summary>
/// The seeded portal on a real Kestrel port, and Chromium driven by Playwright. The browser is
/// found or installed by <see cref="ChromiumProvisioner"/>; if it cannot be had, every browser test
/// fails with the command that fixes it rather than passing or skipping.
/// </summary>
public sealed class BrowserPortal : PortalFactory, IAsyncLifetime
{
    public const float Timeout = 30_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserPortal() => UseKestrel(0);

    public Uri BaseAddress { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = await ChromiumProvisioner.FindOrInstallAsync();

        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First());

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            Timeout = Timeout,
        });
        Assertions.SetDefaultExpectTimeout(Timeout);
    }

    /// <summary>A fresh browser profile (no cookies), in English unless the test switches.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout);
        return context;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await DisposeAsync();
    }
}
