using Alliance.Data.Auditing;
using Alliance.Data.Backups;
using Alliance.Data.Concurrency;
using Alliance.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the portal's database: <see cref="IDbContextFactory{AllianceDbContext}"/> for
    /// services (one context per operation) and a scoped <see cref="AllianceDbContext"/> for
    /// Identity's stores, on the provider that configuration chooses.
    /// </summary>
    public static IServiceCollection AddAllianceData(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.SectionName));
        // Every interceptor registered as IInterceptor (this one here, others by the web app) joins each context.
        services.AddSingleton<IInterceptor, VersionStampInterceptor>();

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString = NeverCreating(connectionString ?? DefaultSqliteConnectionString(contentRootPath));
                services.AddDbContextFactory<SqliteAllianceDbContext>((sp, db) =>
                    db.UseSqlite(connectionString).AddInterceptors([new SqliteFileGuard(), .. sp.GetServices<IInterceptor>()]));
                services.AddSingleton<IDbContextFactory<AllianceDbContext>, AllianceDbContextFactory<SqliteAllianceDbContext>>();
                services.AddScoped<AllianceDbContext>(sp => WithRequestActor(sp, sp.GetRequiredService<SqliteAllianceDbContext>()));
                services.AddSingleton(_ => new SqliteInstanceLock.Holder(SqliteInstanceLock.DatabaseFileOf(connectionString)));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"Database:Provider is SqlServer but no connection string 'ConnectionStrings:{DatabaseOptions.ConnectionStringName}' is configured " +
                        $"(environment variable ConnectionStrings__{DatabaseOptions.ConnectionStringName}).");
                }
                services.AddDbContextFactory<SqlServerAllianceDbContext>((sp, db) =>
                    db.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                      .AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<AllianceDbContext>, AllianceDbContextFactory<SqlServerAllianceDbContext>>();
                services.AddScoped<AllianceDbContext>(sp => WithRequestActor(sp, sp.GetRequiredService<SqlServerAllianceDbContext>()));
                services.AddSingleton(_ => new SqliteInstanceLock.Holder(databaseFile: null));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }

        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>The scoped context serves Identity on a request: unless told otherwise, its saves are the request's.</summary>
    private static AllianceDbContext WithRequestActor(IServiceProvider services, AllianceDbContext db)
    {
        db.ActorSource ??= services.GetService<IAuditActorSource>();
        return db;
    }

    /// <summary>
    /// The running portal opens its SQLite file and never creates one: a file deleted while it runs
    /// must not come back empty under the next connection (writes would then fail as bugs, reads show
    /// nothing). Start-up creates a new database's file (<see cref="SqliteAllianceDbContext.CreateFileIfMissing"/>).
    /// </summary>
    private static string NeverCreating(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadWrite;
        }
        return builder.ToString();
    }

    private static string DefaultSqliteConnectionString(string contentRootPath)
    {
        var folder = Path.Combine(contentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "alliance.db")}";
    }

    /// <summary>Hands out the provider's context as the provider-neutral base type.</summary>
    private sealed class AllianceDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AllianceDbContext>
        where TContext : AllianceDbContext
    {
        public AllianceDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
