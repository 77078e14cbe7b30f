using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Concurrency;

/// <summary>
/// Optimistic concurrency the same way on every provider: a GUID column that the application
/// (not the database, as SQL Server's rowversion would) renews on every save. It is a shadow
/// property, so the domain stays free of persistence concerns.
/// </summary>
public static class VersionColumn
{
    public const string PropertyName = "Version";

    public static void HasVersion<T>(this EntityTypeBuilder<T> builder) where T : class =>
        builder.Property<Guid>(PropertyName).IsConcurrencyToken().ValueGeneratedNever();

    /// <summary>The version of an entity as loaded, to hand to a form.</summary>
    public static Guid VersionOf(this DbContext db, object entity) =>
        (Guid)db.Entry(entity).Property(PropertyName).CurrentValue!;

    /// <summary>
    /// Makes the next save succeed only if the row still has the version the user's form was
    /// loaded with; otherwise EF raises <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public static void ExpectVersion(this EntityEntry entry, Guid version) =>
        entry.Property(PropertyName).OriginalValue = version;

    /// <summary>
    /// Marks a parent changed when only its children changed (a progress update appended to an
    /// activity), so that its version is checked and renewed by the same save.
    /// </summary>
    public static void TouchVersion(this EntityEntry entry) => entry.Property(PropertyName).IsModified = true;
}
