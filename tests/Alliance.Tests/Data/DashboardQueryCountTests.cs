using System.Data.Common;
using Alliance.Data;
using Alliance.Data.Identity;
using Alliance.Tests.Support;
using Alliance.Web.Features.Dashboard;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Data;

/// <summary>The dashboard's cost is a fixed number of SQL commands, whatever the amount of data.</summary>
public sealed class DashboardQueryCountTests
{
    private const int MaxCommands = 6;

    [Fact]
    public async Task Dashboard_RunsAtMostSixCommands_TheSameWithTenTimesTheDemoData_AndOnAPastDay()
    {
        // A portal of its own: the demo data is multiplied, which the shared portal must not see.
        using var portal = new PortalFactory();
        string connectionString;
        await using (var db = portal.ArrangeDb())
        {
            connectionString = db.Database.GetConnectionString()!;
        }
        var counter = new CommandCounter();
        var service = new DashboardService(new CountingFactory(connectionString, counter), TimeProvider.System);

        var demo = await CountAsync(service, counter, DashboardFilter.None);
        var demoFiltered = await CountAsync(service, counter, new DashboardFilter("cpms", "advocacy"));
        var demoPastDay = await CountAsync(service, counter, new DashboardFilter(On: new DateOnly(2019, 6, 30)));
        var demoPlanAndDay = await CountAsync(service, counter, new DashboardFilter("cpms", null, "2018-2020", new DateOnly(2018, 6, 30)));
        var demoActivities = (await service.GetAsync(DashboardFilter.None))!.Objectives.Sum(o => o.Activities);
        await MultiplyAsync(connectionString, times: 10);
        var tenfold = await CountAsync(service, counter, DashboardFilter.None);
        var tenfoldFiltered = await CountAsync(service, counter, new DashboardFilter("cpms", "advocacy"));
        var tenfoldPastDay = await CountAsync(service, counter, new DashboardFilter(On: new DateOnly(2019, 6, 30)));
        var tenfoldActivities = (await service.GetAsync(DashboardFilter.None))!.Objectives.Sum(o => o.Activities);

        Assert.Equal(demoActivities * 10, tenfoldActivities);
        Assert.InRange(demo, 1, MaxCommands);
        Assert.Equal(demo, tenfold);
        Assert.Equal(demo, demoFiltered);
        Assert.Equal(demo, tenfoldFiltered);
        Assert.Equal(demo, demoPastDay);
        Assert.Equal(demo, demoPlanAndDay);
        Assert.Equal(demo, tenfoldPastDay);
    }

    private static async Task<int> CountAsync(DashboardService service, CommandCounter counter, DashboardFilter filter)
    {
        counter.Count = 0;
        counter.Commands.Clear();
        Assert.NotNull(await service.GetAsync(filter));
        Assert.True(counter.Count <= MaxCommands, $"{counter.Count} commands:\n{string.Join("\n-----\n", counter.Commands)}");
        return counter.Count;
    }

    /// <summary>Copies every activity (with its contributions), progress update and organisation <paramref name="times"/> − 1 times, with plain inserts.</summary>
    private static async Task MultiplyAsync(string connectionString, int times)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var renamed = new Dictionary<string, Dictionary<string, string>>
        {
            ["Activities"] = new() { ["Title"] = "Title || ' #' || {0}" },
            ["ProgressUpdates"] = new() { ["SubmissionId"] = "upper(hex(randomblob(16)))" },
            ["Organisations"] = new() { ["Name"] = "Name || ' #' || {0}", ["NormalizedName"] = "NormalizedName || ' #' || {0}" },
        };
        foreach (var (table, overrides) in renamed)
        {
            var columns = await ColumnsAsync(connection, transaction, table);
            var maxId = await ScalarAsync(connection, transaction, $"SELECT MAX(Id) FROM \"{table}\"");
            for (var copy = 1; copy < times; copy++)
            {
                var selected = columns.Select(c => overrides.TryGetValue(c, out var expression) ? string.Format(expression, copy) : $"\"{c}\"");
                await ExecuteAsync(connection, transaction,
                    $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", selected)} FROM \"{table}\" WHERE Id <= {maxId}");
            }
        }
        // Each copy of an activity serves the cross-cutting elements its original serves.
        for (var copy = 1; copy < times; copy++)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO \"ActivityContributions\" (\"ActivityId\", \"ObjectiveId\") SELECT copied.\"Id\", c.\"ObjectiveId\" "
                + "FROM \"ActivityContributions\" c JOIN \"Activities\" a ON a.\"Id\" = c.\"ActivityId\" "
                + $"JOIN \"Activities\" copied ON copied.\"WorkplanId\" = a.\"WorkplanId\" AND copied.\"Title\" = a.\"Title\" || ' #' || {copy}");
        }
        await transaction.CommitAsync();
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, DbTransaction transaction, string table)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') WHERE name <> 'Id'";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }
        return columns;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class CountingFactory(string connectionString, CommandCounter counter) : IDbContextFactory<AllianceDbContext>
    {
        private readonly DbContextOptions<SqliteAllianceDbContext> _options = new DbContextOptionsBuilder<SqliteAllianceDbContext>()
            .UseSqlite(connectionString)
            .UseApplicationServiceProvider(IdentitySchema.StandaloneServices)
            .AddInterceptors(counter)
            .Options;

        public AllianceDbContext CreateDbContext() => new SqliteAllianceDbContext(_options);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; set; }

        public List<string> Commands { get; } = [];

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count++;
            Commands.Add(command.CommandText);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Count++;
            Commands.Add(command.CommandText);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count++;
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Count++;
            Commands.Add(command.CommandText);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
