using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alliance.Data.Concurrency;
using Alliance.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alliance.Data.Auditing;

/// <summary>
/// Turns what a context is about to save into audit entries, and writes them with plain SQL on the
/// same connection and transaction as the change, after the change's own rows (so that new rows
/// have their keys) and before the commit.
/// </summary>
internal static class AuditTrail
{
    /// <summary>Columns that say nothing a reader needs (derived copies, concurrency stamps).</summary>
    internal static readonly HashSet<string> Ignored =
        [VersionColumn.PropertyName, "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "NormalizedName"];

    /// <summary>Columns whose change is recorded but whose value never is: credentials and security tokens.</summary>
    private static readonly Dictionary<Type, HashSet<string>> Secrets = new()
    {
        [typeof(ApplicationUser)] = ["PasswordHash", "SecurityStamp"],
        [typeof(IdentityUserToken<string>)] = ["Value"],
        [typeof(IdentityUserPasskey<string>)] = ["Data", "CredentialId"],
    };

    private const string Hidden = "(secret)";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>
    /// A change seen before the save. A removed or changed row is described then; an added one after
    /// the save, when its key and the keys it refers to are the database's, not temporary ones.
    /// </summary>
    internal sealed record Draft(EntityEntry Entry, string Kind, string? KeyBefore, JsonObject? Changes);

    public static List<Draft> Capture(ChangeTracker tracker)
    {
        var drafts = new List<Draft>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry or DataProtectionKey)
            {
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    drafts.Add(new Draft(entry, AuditKinds.Added, null, null));
                    break;
                case EntityState.Deleted:
                    drafts.Add(new Draft(entry, AuditKinds.Deleted, KeyOf(entry), Describe(entry)));
                    break;
                // A row only touched (its version renewed, a stamp refreshed) changed nothing a reader needs.
                case EntityState.Modified when Describe(entry) is { Count: > 0 } changes:
                    drafts.Add(new Draft(entry, AuditKinds.Modified, KeyOf(entry), changes));
                    break;
            }
        }
        return drafts;
    }

    private static JsonObject Describe(EntityEntry entry)
    {
        var changes = new JsonObject();
        var secrets = Secrets.GetValueOrDefault(entry.Metadata.ClrType);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Ignored.Contains(name) || (entry.State == EntityState.Added && property.Metadata.IsPrimaryKey()))
            {
                continue;
            }
            var secret = secrets?.Contains(name) == true;
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    changes[name] = new JsonObject { ["new"] = Value(property.CurrentValue, secret) };
                    break;
                case EntityState.Deleted when property.OriginalValue is not null:
                    changes[name] = new JsonObject { ["old"] = Value(property.OriginalValue, secret) };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new JsonObject { ["old"] = Value(property.OriginalValue, secret), ["new"] = Value(property.CurrentValue, secret) };
                    break;
            }
        }
        return changes;
    }

    public static bool HasChanges(ChangeTracker tracker) =>
        tracker.Entries().Any(e => e.Entity is not (AuditEntry or DataProtectionKey)
            && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    public static IEnumerable<AuditEntry> Complete(IEnumerable<Draft> drafts, AuditActor actor, DateTime at) =>
        drafts.Select(d => new AuditEntry
        {
            At = at,
            ActorId = actor.UserId,
            ActorName = Truncate(actor.Name, AuditEntry.ActorNameMaxLength),
            Address = actor.Address is null ? null : Truncate(actor.Address, AuditEntry.AddressMaxLength),
            Action = Truncate(actor.Action, AuditEntry.ActionMaxLength),
            Entity = AuditEntity.NameOf(d.Entry.Metadata),
            EntityKey = Truncate(d.KeyBefore ?? KeyOf(d.Entry), AuditEntry.EntityKeyMaxLength),
            Kind = d.Kind,
            Changes = (d.Changes ?? Describe(d.Entry)).ToJsonString(),
        });

    public static AuditEntry Event(AuditActor actor, DateTime at, string? entity, string? entityKey, JsonObject? details) => new()
    {
        At = at,
        ActorId = actor.UserId,
        ActorName = Truncate(actor.Name, AuditEntry.ActorNameMaxLength),
        Address = actor.Address is null ? null : Truncate(actor.Address, AuditEntry.AddressMaxLength),
        Action = Truncate(actor.Action, AuditEntry.ActionMaxLength),
        Entity = entity,
        EntityKey = entityKey is null ? null : Truncate(entityKey, AuditEntry.EntityKeyMaxLength),
        Kind = AuditKinds.Event,
        Changes = details?.ToJsonString(),
    };

    /// <summary>Inserts the entries on the context's connection and current transaction, without tracking them.</summary>
    public static async Task WriteAsync(DbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var chunk in entries.Chunk(100))
        {
            var (sql, values) = Insert(db, chunk);
            await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
        }
    }

    public static void Write(DbContext db, IReadOnlyList<AuditEntry> entries)
    {
        foreach (var chunk in entries.Chunk(100))
        {
            var (sql, values) = Insert(db, chunk);
            db.Database.ExecuteSqlRaw(sql, values);
        }
    }

    private static (string Sql, object[] Values) Insert(DbContext db, IReadOnlyList<AuditEntry> entries)
    {
        var type = db.Model.FindEntityType(typeof(AuditEntry))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = type.GetProperties().Where(p => p.Name != nameof(AuditEntry.Id)).ToList();
        var text = new StringBuilder("INSERT INTO ")
            .Append(sql.DelimitIdentifier(type.GetTableName()!))
            .Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName())))
            .Append(") VALUES ");
        // Parameters built by each column's own type mapping, so values are stored exactly as EF stores them.
        using var command = db.Database.GetDbConnection().CreateCommand();
        var values = new List<object>();
        for (var row = 0; row < entries.Count; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Count; column++)
            {
                var name = sql.GenerateParameterName("a" + values.Count);
                text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder("a" + values.Count));
                var value = columns[column].PropertyInfo!.GetValue(entries[row]);
                values.Add(columns[column].GetRelationalTypeMapping().CreateParameter(command, name, value, nullable: true));
            }
            text.Append(')');
        }
        return (text.ToString(), values.ToArray());
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static JsonNode? Value(object? value, bool secret) =>
        value is null ? null : secret ? JsonValue.Create(Hidden) : JsonSerializer.SerializeToNode(value, value.GetType(), Json);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>The kinds of audit entry.</summary>
public static class AuditKinds
{
    public const string Added = nameof(Added);
    public const string Modified = nameof(Modified);
    public const string Deleted = nameof(Deleted);
    public const string Event = nameof(Event);
}
