using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.Property(v => v.Note).HasMaxLength(IndicatorValue.NoteMaxLength);
        builder.Property(v => v.SourceUrl).HasMaxLength(IndicatorValue.SourceUrlMaxLength);
        builder.Property(v => v.RecordedBy).HasMaxLength(IndicatorValue.RecordedByMaxLength).IsRequired();
        builder.HasIndex(v => new { v.IndicatorId, v.Date });
    }
}
