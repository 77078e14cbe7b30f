using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(Commitment.CodeMaxLength).IsRequired();
        builder.Property(c => c.Rule).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.FinalVerdict).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.TextEn).HasMaxLength(Commitment.TextMaxLength).IsRequired();
        builder.Property(c => c.TextFr).HasMaxLength(Commitment.TextMaxLength).IsRequired();
        builder.HasIndex(c => new { c.StrategicPlanId, c.Code }).IsUnique();
        // An element is removed with its plan, which takes its commitments with it: no second cascade path.
        builder.HasOne(c => c.Element).WithMany().HasForeignKey(c => c.ElementId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.Text);
        builder.HasVersion();
    }
}
