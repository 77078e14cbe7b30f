using Alliance.Domain.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class WorkingGroupCoLeadConfiguration : IEntityTypeConfiguration<WorkingGroupCoLead>
{
    public void Configure(EntityTypeBuilder<WorkingGroupCoLead> builder)
    {
        builder.HasKey(c => new { c.WorkingGroupId, c.OrganisationId });
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
