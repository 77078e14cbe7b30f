using Alliance.Domain.Workplans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class ActivityContributionConfiguration : IEntityTypeConfiguration<ActivityContribution>
{
    public void Configure(EntityTypeBuilder<ActivityContribution> builder)
    {
        builder.HasKey(c => new { c.ActivityId, c.ObjectiveId });
        builder.HasOne(c => c.Activity).WithMany(a => a.Contributions).HasForeignKey(c => c.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Objective).WithMany().HasForeignKey(c => c.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ObjectiveId);
    }
}
