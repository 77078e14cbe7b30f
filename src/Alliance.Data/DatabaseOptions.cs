namespace Alliance.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Alliance";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (default, embedded) or <see cref="DatabaseProvider.SqlServer"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations when the portal starts. Always done for SQLite; for SQL Server
    /// only when set, since production schemas are usually changed by a deliberate step.
    /// </summary>
    public bool MigrateAtStartup { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
