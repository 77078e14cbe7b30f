using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class StrategicPlanConfiguration : IEntityTypeConfiguration<StrategicPlan>
{
    public void Configure(EntityTypeBuilder<StrategicPlan> builder)
    {
        builder.Property(p => p.TitleEn).HasMaxLength(StrategicPlan.TitleMaxLength).IsRequired();
        builder.Property(p => p.TitleFr).HasMaxLength(StrategicPlan.TitleMaxLength).IsRequired();
        builder.HasIndex(p => new { p.StartYear, p.EndYear }).IsUnique();
        builder.HasMany(p => p.Objectives).WithOne(o => o.Plan).HasForeignKey(o => o.StrategicPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Objectives).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(p => p.Commitments).WithOne(c => c.Plan).HasForeignKey(c => c.StrategicPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Commitments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasVersion();
    }
}
