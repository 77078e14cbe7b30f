using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class IndicatorMilestoneConfiguration : IEntityTypeConfiguration<IndicatorMilestone>
{
    public void Configure(EntityTypeBuilder<IndicatorMilestone> builder)
    {
        builder.HasIndex(m => new { m.IndicatorId, m.Date }).IsUnique();
    }
}
