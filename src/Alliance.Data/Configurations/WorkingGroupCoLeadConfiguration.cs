using Alliance.Domain.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class WorkingGroupCoLeadConfiguration : IEntityTypeConfiguration<WorkingGroupCoLead>
{
    public void Configure(EntityTypeBuilder<WorkingGroupCoLead> builder)
    {
        // One open term per organisation and group; former terms are kept, so an organisation may co-lead again.
        builder.HasIndex(c => new { c.WorkingGroupId, c.OrganisationId }).IsUnique().HasFilter("[EndedOn] IS NULL").HasDatabaseName("IX_WorkingGroupCoLeads_OneOpenTerm");
        builder.ToTable(t => t.HasCheckConstraint("CK_WorkingGroupCoLeads_EndAfterStart", "\"EndedOn\" IS NULL OR \"EndedOn\" > \"Since\""));
        builder.Ignore(c => c.IsOpen);
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
