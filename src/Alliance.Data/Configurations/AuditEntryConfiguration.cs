using Alliance.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>The trigger each provider's migration creates to refuse updates and deletes.</summary>
    public const string AppendOnlyTrigger = "TR_AuditEntries_AppendOnly";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // Declared so that EF never relies on OUTPUT/RETURNING clauses that triggers forbid.
        builder.ToTable(t => t.HasTrigger(AppendOnlyTrigger));
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength).IsRequired();
        builder.Property(e => e.Address).HasMaxLength(AuditEntry.AddressMaxLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength).IsRequired();
        builder.Property(e => e.Entity).HasMaxLength(AuditEntry.EntityMaxLength);
        builder.Property(e => e.EntityKey).HasMaxLength(AuditEntry.EntityKeyMaxLength);
        builder.Property(e => e.Kind).HasMaxLength(20).IsRequired();
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Entity, e.EntityKey });
        builder.HasIndex(e => new { e.ActorId, e.At });
    }
}
