using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class StrategicPlanConfiguration : IEntityTypeConfiguration<StrategicPlan>
{
    public void Configure(EntityTypeBuilder<StrategicPlan> builder)
    {
        builder.Property(p => p.TitleEn).HasMaxLength(StrategicPlan.TitleMaxLength).IsRequired();
        builder.Property(p => p.TitleFr).HasMaxLength(StrategicPlan.TitleMaxLength).IsRequired();
        builder.HasIndex(p => new { p.StartYear, p.EndYear }).IsUnique();
        builder.HasMany(p => p.Objectives).WithOne(o => o.Plan).HasForeignKey(o => o.StrategicPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Objectives).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.ElementKinds).WithOne(k => k.Plan).HasForeignKey(k => k.StrategicPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.ElementKinds).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Categories).WithOne(c => c.Plan).HasForeignKey(c => c.StrategicPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Categories).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        // One plan in force at a time; brackets quote the column in both SQLite and SQL Server.
        builder.HasIndex(p => p.Status).IsUnique().HasFilter("[Status] = 'InForce'").HasDatabaseName("IX_StrategicPlans_OneInForce");
        builder.Property(p => p.MissionEn).HasMaxLength(StrategicPlan.MissionMaxLength);
        builder.Property(p => p.MissionFr).HasMaxLength(StrategicPlan.MissionMaxLength);
        builder.Property(p => p.ReferenceEn).HasMaxLength(StrategicPlan.ReferenceMaxLength);
        builder.Property(p => p.ReferenceFr).HasMaxLength(StrategicPlan.ReferenceMaxLength);
        builder.Ignore(p => p.Slug);
        builder.Ignore(p => p.ResultsOn);
        builder.OwnsMany(p => p.Precepts, precept =>
        {
            precept.ToTable("PlanPrecepts");
            precept.WithOwner().HasForeignKey("StrategicPlanId");
            precept.Property<int>("Id");
            precept.HasKey("Id");
            precept.Property(x => x.TitleEn).HasMaxLength(PlanPrecept.TitleMaxLength).IsRequired();
            precept.Property(x => x.TitleFr).HasMaxLength(PlanPrecept.TitleMaxLength).IsRequired();
            precept.Property(x => x.TextEn).HasMaxLength(PlanPrecept.TextMaxLength).IsRequired();
            precept.Property(x => x.TextFr).HasMaxLength(PlanPrecept.TextMaxLength).IsRequired();
            precept.Ignore(x => x.Title);
            precept.Ignore(x => x.Text);
        });
        builder.Navigation(p => p.Precepts).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Commitments).WithOne(c => c.Plan).HasForeignKey(c => c.StrategicPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Commitments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasVersion();
    }
}
