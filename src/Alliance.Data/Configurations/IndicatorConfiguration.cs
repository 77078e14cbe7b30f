using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.NameEn).HasMaxLength(Indicator.NameMaxLength).IsRequired();
        builder.Property(i => i.NameFr).HasMaxLength(Indicator.NameMaxLength).IsRequired();
        builder.Property(i => i.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Metric).HasConversion<string>().HasMaxLength(60);
        builder.HasMany(i => i.Values).WithOne(v => v.Indicator).HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Milestones).WithOne(m => m.Indicator).HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Rebaselines).WithOne(r => r.Indicator).HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Rebaselines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(i => i.MethodEn).HasMaxLength(IndicatorDefinition.MethodMaxLength);
        builder.Property(i => i.MethodFr).HasMaxLength(IndicatorDefinition.MethodMaxLength);
        builder.Property(i => i.SourceEn).HasMaxLength(IndicatorDefinition.SourceMaxLength);
        builder.Property(i => i.SourceFr).HasMaxLength(IndicatorDefinition.SourceMaxLength);
        builder.Property(i => i.ReportedByEn).HasMaxLength(IndicatorDefinition.ReportedByMaxLength);
        builder.Property(i => i.ReportedByFr).HasMaxLength(IndicatorDefinition.ReportedByMaxLength);
        builder.Property(i => i.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(i => i.Definition);
        builder.Ignore(i => i.Name);
        builder.Ignore(i => i.IsComputed);
        builder.Ignore(i => i.IsFinal);
        builder.HasVersion();
    }
}
