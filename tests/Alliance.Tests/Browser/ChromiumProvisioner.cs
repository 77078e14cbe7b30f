using System.Diagnostics;

namespace Alliance.Tests.Browser;

/// <summary>
/// Finds the Chromium the browser tests drive, installing one when the machine has none, so that
/// <c>dotnet test</c> passes on a fresh clone with no manual step (decision 0010). In order: the
/// one named by <c>ALLIANCE_CHROMIUM</c>; one already installed; Debian's package through apt-get
/// when running as root on Debian; Playwright's own download. Only when all of these fail does it
/// throw, with one line that says what to run.
/// </summary>
public static class ChromiumProvisioner
{
    public const string Variable = "ALLIANCE_CHROMIUM";

    private static readonly string[] s_installed = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
    private static readonly SemaphoreSlim s_once = new(1, 1);
    private static Chromium? s_found;

    /// <summary>A Chromium to launch: a path, or null for the browser Playwright installed for itself.</summary>
    public sealed record Chromium(string? ExecutablePath, string How);

    public static async Task<Chromium> FindOrInstallAsync()
    {
        await s_once.WaitAsync();
        try
        {
            return s_found ??= await ProvisionAsync();
        }
        finally
        {
            s_once.Release();
        }
    }

    private static async Task<Chromium> ProvisionAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? new Chromium(configured, $"{Variable}={configured}")
                : throw new InvalidOperationException($"{Variable} names {configured}, which does not exist: point it at a Chromium executable or unset it.");
        }
        if (Installed() is { } present)
        {
            return new Chromium(present, $"found at {present}");
        }
        var tried = new List<string>();
        if (IsRootOnDebian())
        {
            var (aptOk, aptOutput) = await RunAsync("/bin/sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
            if (aptOk && Installed() is { } fromApt)
            {
                return new Chromium(fromApt, "installed from Debian's chromium package");
            }
            tried.Add($"apt-get install chromium failed: {LastLine(aptOutput)}");
        }
        var exitCode = await Task.Run(() => Microsoft.Playwright.Program.Main(["install", "chromium"]));
        if (exitCode == 0)
        {
            return new Chromium(null, "installed by Playwright");
        }
        tried.Add($"playwright install chromium exited with {exitCode}");
        throw new InvalidOperationException(
            "Browser tests need Chromium and could not install one (" + string.Join("; ", tried) + "). " +
            $"Run `sudo apt-get install -y chromium` (Debian), or set {Variable} to a Chromium executable.");
    }

    private static string? Installed() => s_installed.FirstOrDefault(File.Exists);

    private static bool IsRootOnDebian() =>
        OperatingSystem.IsLinux() && File.Exists("/etc/debian_version") && File.Exists("/usr/bin/apt-get") && Environment.UserName == "root";

    private static async Task<(bool Succeeded, string Output)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (false, "timed out after 5 minutes");
        }
        return (process.ExitCode == 0, await output + await error);
    }

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
