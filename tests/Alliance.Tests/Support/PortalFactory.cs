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
    protected PortalFactory(string databasePath) => DatabasePath = databasePath;

    public string DatabasePath { get; }

    protected virtual string EnvironmentName => "Development";

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
        builder.UseSetting("ConnectionStrings:Alliance", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        if (KeyCertificatePath is { } certificate)
        {
            builder.UseSetting(KeyProtection.PathSetting, certificate);
            builder.UseSetting(KeyProtection.PasswordSetting, TestCertificates.Password);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-shm", "-wal" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
