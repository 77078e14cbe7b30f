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
        builder.Ignore(i => i.Name);
        builder.Ignore(i => i.IsComputed);
        builder.Ignore(i => i.IsFinal);
        builder.HasVersion();
    }
}
