using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Alliance.Tests.Support;

/// <summary>
/// The whole portal in memory, on its own SQLite file, in Development so that the demo data and
/// accounts are seeded exactly as for a newcomer's <c>dotnet run</c>.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"alliance-web-{Guid.NewGuid():N}.db");

    /// <summary>The portal's own SQLite file.</summary>
    public string DatabasePath => _databasePath;

    /// <summary>Where the portal writes every message it sends, as <c>.eml</c> files (Development's pickup folder, moved out of the source tree).</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"alliance-mail-{Guid.NewGuid():N}");

    /// <summary>Seconds a command waits for a lock before the database counts as busy (SQLite's default is 30).</summary>
    protected virtual int? BusyTimeoutSeconds => null;

    protected virtual string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Alliance",
            $"Data Source={_databasePath}" + (BusyTimeoutSeconds is { } seconds ? $";Default Timeout={seconds}" : ""));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Mail:From", "Alliance Strategy Portal <portal@alliance.test>");
        // Services called outside a request (as the tests do) have no address of their own to put in links.
        builder.UseSetting("Portal:PublicUrl", "https://localhost/");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-shm", "-wal" })
        {
            File.Delete(_databasePath + suffix);
        }
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}
