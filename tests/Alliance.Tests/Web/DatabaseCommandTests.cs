using System.Net;
using Alliance.Tests.Support;
using Alliance.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Web;

/// <summary>The portal's <c>backup</c> and <c>restore</c> commands, as an operator runs them, against a real portal's SQLite file.</summary>
public sealed class DatabaseCommandTests : IDisposable
{
    private const string Member = "Association Enfance et Avenir";
    private const string Renamed = "Renamed after the backup";

    private readonly string _databasePath = PortalFactory.NewDatabasePath();
    private readonly string _folder = Directory.CreateTempSubdirectory("alliance-commands-").FullName;

    [Fact]
    public async Task Backup_WhileThePortalRuns_AndRestore_OnceItHasStopped_BringBackItsData()
    {
        var backup = Path.Combine(_folder, "alliance-backup.db");
        using (var running = PortalFactory.OnFile(_databasePath, deletesDatabaseOnDispose: false))
        {
            await running.SignedInClientAsync("member@alliance.test");

            var backedUp = await RunAsync("backup", backup);
            Assert.Equal(0, backedUp.ExitCode);
            Assert.Contains($"to {backup}", backedUp.Output, StringComparison.Ordinal);

            var refused = await RunAsync("restore", backup);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("Refused: The portal is running on", refused.Errors, StringComparison.Ordinal);

            await using var db = running.ArrangeDb();
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"UPDATE Organisations SET Name = {Renamed} WHERE Name = {Member}"));
        }

        var restored = await RunAsync("restore", backup);

        Assert.Equal(0, restored.ExitCode);
        Assert.Contains($"Restored {backup} into {_databasePath}", restored.Output, StringComparison.Ordinal);
        Assert.Contains($"kept as {_databasePath}.", restored.Output, StringComparison.Ordinal);
        using var afterwards = PortalFactory.OnFile(_databasePath);
        var register = await (await afterwards.SignedInClientAsync("member@alliance.test")).GetStringAsync("/members");
        Assert.Contains(Member, register, StringComparison.Ordinal);
        Assert.DoesNotContain(Renamed, register, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_OfAFileThatIsNotADatabase_IsRefused_WithExitCode1()
    {
        var notABackup = Path.Combine(_folder, "minutes.db");
        await File.WriteAllTextAsync(notABackup, "The minutes of the steering committee.");

        var result = await RunAsync("restore", notABackup);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Refused: {notABackup} is not a readable SQLite database", result.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_databasePath));
    }

    [Fact]
    public async Task OnSqlServer_TheCommandsPointToSqlServersOwnBackup()
    {
        var result = await RunAsync("backup", Path.Combine(_folder, "x.bak"),
            "--Database:Provider=SqlServer", "--ConnectionStrings:Alliance=Server=nowhere.invalid;Database=Alliance;User Id=sa;Password=x");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BACKUP DATABASE", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACommandWithoutItsFile_SaysHowToUseIt()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var exitCode = await DatabaseCommand.RunAsync(["backup"], output, errors);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: backup <file>", errors.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_databasePath)!, Path.GetFileName(_databasePath) + "*"))
        {
            File.Delete(file);
        }
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(string command, string file, params string[] settings)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        string[] args = [command, file, $"--ConnectionStrings:Alliance=Data Source={_databasePath}", "--environment=Development", .. settings];
        var exitCode = await DatabaseCommand.RunAsync(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
