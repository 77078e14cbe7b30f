using Alliance.Data.Concurrency;
using Alliance.Domain.SteeringCommittee;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class SeatTenureConfiguration : IEntityTypeConfiguration<SeatTenure>
{
    public void Configure(EntityTypeBuilder<SeatTenure> builder)
    {
        builder.Property(t => t.RepresentativeName).HasMaxLength(SeatTenure.RepresentativeMaxLength).IsRequired();
        builder.HasOne(t => t.Organisation).WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // The database, not only the domain, refuses a second open tenure of a seat and a
        // second open seat for an organisation: two secretariat users racing cannot both win.
        builder.HasIndex(t => t.SeatId).IsUnique().HasFilter("\"EndedOn\" IS NULL").HasDatabaseName("IX_SeatTenures_OpenPerSeat");
        builder.HasIndex(t => t.OrganisationId).IsUnique().HasFilter("\"EndedOn\" IS NULL").HasDatabaseName("IX_SeatTenures_OpenPerOrganisation");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_SeatTenures_TermAfterStart", "\"TermEndsOn\" > \"StartDate\"");
            t.HasCheckConstraint("CK_SeatTenures_EndAfterStart", "\"EndedOn\" IS NULL OR \"EndedOn\" > \"StartDate\"");
        });
        builder.Ignore(t => t.IsOpen);
        builder.HasVersion();
    }
}
