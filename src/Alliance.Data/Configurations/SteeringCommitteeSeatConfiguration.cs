using Alliance.Data.Concurrency;
using Alliance.Domain.SteeringCommittee;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class SteeringCommitteeSeatConfiguration : IEntityTypeConfiguration<SteeringCommitteeSeat>
{
    public void Configure(EntityTypeBuilder<SteeringCommitteeSeat> builder)
    {
        builder.HasIndex(s => s.Number).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_SteeringCommitteeSeats_Number", $"\"Number\" BETWEEN 1 AND {SteeringCommitteeSeat.SeatCount}"));
        builder.HasMany(s => s.Tenures).WithOne(t => t.Seat).HasForeignKey(t => t.SeatId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Tenures).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.OpenTenure);
        builder.HasVersion();
    }
}
