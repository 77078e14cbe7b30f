using Alliance.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Alliance.Tests.Browser;

/// <summary>
/// The seeded portal on a real Kestrel port, and Debian's Chromium driven by Playwright. No
/// <c>playwright install</c>: the browser is the system one, so a missing Chromium fails every
/// browser test with the command that fixes it rather than letting them pass or skip.
/// </summary>
public sealed class BrowserPortal : PortalFactory, IAsyncLifetime
{
    public const string ChromiumVariable = "ALLIANCE_CHROMIUM";
    public const float Timeout = 30_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserPortal() => UseKestrel(0);

    public Uri BaseAddress { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Browser tests need Chromium and found none at {chromium}. Install Debian's Chromium with " +
                $"`apt-get install -y chromium`, or set {ChromiumVariable} to the path of a Chromium executable.");
        }

        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First());

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
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
