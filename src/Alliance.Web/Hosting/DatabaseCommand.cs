using Alliance.Data;
using Alliance.Data.Backups;
using Alliance.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Hosting;

/// <summary>
/// <c>backup &lt;file&gt;</c> and <c>restore &lt;file&gt;</c>: run instead of the portal, with the portal's
/// own configuration (the same database settings, environment and command-line overrides). Backup
/// works while the portal runs; restore only while no instance runs. Their output is for the operator
/// at a console and in English only, like the logs; the portal's pages are what is translated.
/// </summary>
public sealed class DatabaseCommand
{
    private static readonly string[] s_names = ["backup", "restore"];

    private DatabaseCommand(string name, string? file, string[] hostArguments) => (Name, Target, HostArguments) = (name, file, hostArguments);

    public string Name { get; }

    public string? Target { get; }

    /// <summary>What follows the file: configuration overrides such as <c>--ConnectionStrings:Alliance=...</c>.</summary>
    public string[] HostArguments { get; }

    public static bool IsCommand(string[] args) => args.Length > 0 && s_names.Contains(args[0], StringComparer.Ordinal);

    /// <summary>Parses and runs the command in <paramref name="args"/>; the exit code: 0 done, 1 refused, 2 misused.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (!IsCommand(args))
        {
            throw new ArgumentException("Not a database command.", nameof(args));
        }
        var file = args.Length > 1 && !args[1].StartsWith('-') ? args[1] : null;
        var command = new DatabaseCommand(args[0], file, args.Skip(file is null ? 1 : 2).ToArray());
        return command.RunAsync(output, errors);
    }

    private async Task<int> RunAsync(TextWriter output, TextWriter errors)
    {
        if (Target is null)
        {
            await errors.WriteLineAsync($"Usage: {Name} <file> [--Setting=value ...]   e.g. dotnet run --project src/Alliance.Web -- {Name} alliance-backup.db");
            return 2;
        }
        var builder = WebApplication.CreateBuilder(HostArguments);
        var services = new ServiceCollection().AddLogging();
        // The model Identity builds depends on its options, as in the portal (see IdentitySchema).
        services.Configure<IdentityOptions>(identity => identity.Stores.SchemaVersion = IdentitySchema.Version);
        services.AddAllianceData(builder.Configuration, builder.Environment.ContentRootPath);
        await using var provider = services.BuildServiceProvider();
        await using var db = await provider.GetRequiredService<IDbContextFactory<AllianceDbContext>>().CreateDbContextAsync();
        if (!db.Database.IsSqlite())
        {
            await errors.WriteLineAsync($"Refused: {DatabaseOptions.SectionName}:Provider is SqlServer; back up and restore with SQL Server's own BACKUP DATABASE and RESTORE DATABASE (README, \"Backups\").");
            return 1;
        }
        var connectionString = db.Database.GetConnectionString()!;
        try
        {
            if (Name == "backup")
            {
                var backup = SqliteBackup.Backup(connectionString, Path.GetFullPath(Target));
                await output.WriteLineAsync($"Backed up {SqliteInstanceLock.DatabaseFileOf(connectionString)} to {backup.File}: {backup.Bytes} bytes, {backup.Migrations} migrations (latest {backup.LatestMigration}), integrity checked.");
            }
            else
            {
                var restore = SqliteBackup.Restore(connectionString, Path.GetFullPath(Target), db.Database.GetMigrations().ToList(), DateTimeOffset.UtcNow);
                await output.WriteLineAsync($"Restored {restore.From.File} into {restore.Database} ({restore.From.Migrations} migrations, latest {restore.From.LatestMigration}).");
                await output.WriteLineAsync(restore.KeptAs is null
                    ? "There was no database there before."
                    : $"The database it replaced is kept as {restore.KeptAs}.");
                await output.WriteLineAsync("Start the portal: it applies any newer migrations at start-up.");
            }
            return 0;
        }
        catch (BackupRefusedException e)
        {
            await errors.WriteLineAsync($"Refused: {e.Message}");
            return 1;
        }
    }
}
