using Alliance.Data.Identity;
using Alliance.Domain.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class WorkingGroupLeadConfiguration : IEntityTypeConfiguration<WorkingGroupLead>
{
    public void Configure(EntityTypeBuilder<WorkingGroupLead> builder)
    {
        builder.HasKey(l => new { l.WorkingGroupId, l.UserId });
        builder.Property(l => l.UserId).HasMaxLength(WorkingGroupLead.UserIdMaxLength);
        // The domain knows a lead only by user id; the database still refuses a dangling one.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.UserId);
    }
}
