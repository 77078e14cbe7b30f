using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(Objective.CodeMaxLength).IsRequired();
        builder.HasOne(o => o.Kind).WithMany().HasForeignKey(o => o.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.TitleEn).HasMaxLength(Objective.TitleMaxLength).IsRequired();
        builder.Property(o => o.TitleFr).HasMaxLength(Objective.TitleMaxLength).IsRequired();
        builder.Property(o => o.StatementEn).HasMaxLength(Objective.StatementMaxLength).IsRequired();
        builder.Property(o => o.StatementFr).HasMaxLength(Objective.StatementMaxLength).IsRequired();
        builder.HasIndex(o => new { o.StrategicPlanId, o.Code }).IsUnique();
        builder.HasMany(o => o.Indicators).WithOne(i => i.Objective).HasForeignKey(i => i.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(o => o.Title);
        builder.Ignore(o => o.Statement);
        builder.HasVersion();
    }
}
