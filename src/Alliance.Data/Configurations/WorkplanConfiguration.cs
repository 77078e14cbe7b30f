using Alliance.Data.Concurrency;
using Alliance.Domain.Workplans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class WorkplanConfiguration : IEntityTypeConfiguration<Workplan>
{
    public void Configure(EntityTypeBuilder<Workplan> builder)
    {
        builder.HasOne(w => w.WorkingGroup).WithMany().HasForeignKey(w => w.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(w => w.Plan).WithMany().HasForeignKey(w => w.StrategicPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.WorkingGroupId, w.StrategicPlanId }).IsUnique();
        builder.HasMany(w => w.Activities).WithOne(a => a.Workplan).HasForeignKey(a => a.WorkplanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Activities).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasVersion();
    }
}
