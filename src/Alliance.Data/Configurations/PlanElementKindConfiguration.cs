using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class PlanElementKindConfiguration : IEntityTypeConfiguration<PlanElementKind>
{
    public void Configure(EntityTypeBuilder<PlanElementKind> builder)
    {
        builder.Property(k => k.Code).HasMaxLength(PlanElementKind.CodeMaxLength).IsRequired();
        builder.Property(k => k.NameEn).HasMaxLength(PlanElementKind.NameMaxLength).IsRequired();
        builder.Property(k => k.NameFr).HasMaxLength(PlanElementKind.NameMaxLength).IsRequired();
        builder.Property(k => k.PluralEn).HasMaxLength(PlanElementKind.NameMaxLength).IsRequired();
        builder.Property(k => k.PluralFr).HasMaxLength(PlanElementKind.NameMaxLength).IsRequired();
        builder.HasIndex(k => new { k.StrategicPlanId, k.Code }).IsUnique();
        builder.Ignore(k => k.Name);
        builder.Ignore(k => k.Plural);
        builder.HasVersion();
    }
}
