using Alliance.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Alliance.Tests.Support;

/// <summary>
/// The whole portal in memory, on its own SQLite file, in Development so that the demo data and
/// accounts are seeded exactly as for a newcomer's <c>dotnet run</c>. Outside Development it
/// encrypts its keys with the run's test certificate, as production must.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public PortalFactory()
        : this(NewDatabasePath())
    {
    }

    /// <summary>A portal on the given file: several instances may share one, as behind a load balancer.</summary>
    // Protected: xunit builds fixtures through their one public constructor.
    protected PortalFactory(string databasePath) => DatabasePath = databasePath;

    /// <summary>A Development portal, with the demo data, on the given file.</summary>
    public static PortalFactory OnFile(string databasePath, bool deletesDatabaseOnDispose = true) =>
        new SharedFilePortal(databasePath) { DeletesDatabaseOnDispose = deletesDatabaseOnDispose };

    public string DatabasePath { get; }

    /// <summary>False for a file that outlives this instance (a restore, another instance after it).</summary>
    public bool DeletesDatabaseOnDispose { get; init; } = true;

    /// <summary>Where the portal writes every message it sends, as <c>.eml</c> files (Development's pickup folder, moved out of the source tree).</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"alliance-mail-{Guid.NewGuid():N}");

    /// <summary>Seconds a command waits for a lock before the database counts as busy (SQLite's default is 30).</summary>
    protected virtual int? BusyTimeoutSeconds => null;

    protected virtual string EnvironmentName => "Development";

    /// <summary>
    /// The demo's plan in force. Most tests read the Alliance as it stood before the 2021–2025 strategy was put in force
    /// (2018–2020 in force, 2021–2025 a draft); <see cref="CurrentDemoPortal"/> reads the demo as it ships.
    /// </summary>
    protected virtual string DemoPlanInForce => "2018-2020";

    /// <summary>The PFX that encrypts the data-protection keys; none in Development.</summary>
    protected virtual string? KeyCertificatePath => EnvironmentName == "Development" ? null : TestCertificates.SharedPath;

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"alliance-web-{Guid.NewGuid():N}.db");

    /// <summary>The key ring as stored: one XML document per key.</summary>
    public IReadOnlyList<string> StoredKeys()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Xml FROM DataProtectionKeys";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Alliance",
            $"Data Source={DatabasePath}" + (BusyTimeoutSeconds is { } seconds ? $";Default Timeout={seconds}" : ""));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Seed:DemoPlanInForce", DemoPlanInForce);
        if (KeyCertificatePath is { } certificate)
        {
            builder.UseSetting(KeyProtection.PathSetting, certificate);
            builder.UseSetting(KeyProtection.PasswordSetting, TestCertificates.Password);
        }
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Mail:From", "Alliance Strategy Portal <portal@alliance.test>");
        // Services called outside a request (as the tests do) have no address of their own to put in links.
        builder.UseSetting("Portal:PublicUrl", "https://localhost/");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (!DeletesDatabaseOnDispose)
        {
            return;
        }
        foreach (var suffix in new[] { "", "-shm", "-wal", ".lock" })
        {
            File.Delete(DatabasePath + suffix);
        }
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}

file sealed class SharedFilePortal(string databasePath) : PortalFactory(databasePath);
