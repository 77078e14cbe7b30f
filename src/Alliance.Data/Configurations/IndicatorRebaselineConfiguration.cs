using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class IndicatorRebaselineConfiguration : IEntityTypeConfiguration<IndicatorRebaseline>
{
    public void Configure(EntityTypeBuilder<IndicatorRebaseline> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(IndicatorRebaseline.ReasonMaxLength).IsRequired();
        builder.Property(r => r.ChangedBy).HasMaxLength(IndicatorRebaseline.ChangedByMaxLength).IsRequired();
        builder.HasIndex(r => new { r.IndicatorId, r.ChangedOn });
    }
}
