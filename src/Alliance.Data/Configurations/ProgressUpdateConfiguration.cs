using Alliance.Domain.Workplans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.Property(u => u.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(u => u.AuthorName).HasMaxLength(ProgressUpdate.AuthorNameMaxLength).IsRequired();
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Narrative).HasMaxLength(ProgressUpdate.NarrativeMaxLength).IsRequired();
        builder.Property(u => u.EvidenceUrl).HasMaxLength(ProgressUpdate.EvidenceUrlMaxLength);
        builder.ToTable(t => t.HasCheckConstraint("CK_ProgressUpdates_PercentComplete", "\"PercentComplete\" BETWEEN 0 AND 100"));
        builder.HasIndex(u => new { u.ActivityId, u.RecordedAt });
        // A second click on "submit" posts the same submission again: the database keeps one.
        builder.HasIndex(u => u.SubmissionId).IsUnique();
    }
}
