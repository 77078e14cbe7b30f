using Alliance.Data.Concurrency;
using Alliance.Domain.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.Property(g => g.NameEn).HasMaxLength(WorkingGroup.NameMaxLength).IsRequired();
        builder.Property(g => g.NameFr).HasMaxLength(WorkingGroup.NameMaxLength).IsRequired();
        builder.Property(g => g.ShortName).HasMaxLength(WorkingGroup.ShortNameMaxLength).IsRequired();
        builder.Property(g => g.Slug).HasMaxLength(WorkingGroup.SlugMaxLength).IsRequired();
        builder.HasOne(g => g.Kind).WithMany().HasForeignKey(g => g.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.MissionEn).HasMaxLength(WorkingGroup.MissionMaxLength).IsRequired();
        builder.Property(g => g.MissionFr).HasMaxLength(WorkingGroup.MissionMaxLength).IsRequired();
        builder.HasIndex(g => g.Slug).IsUnique();
        builder.HasMany(g => g.CoLeads).WithOne(c => c.WorkingGroup).HasForeignKey(c => c.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Leads).WithOne(l => l.WorkingGroup).HasForeignKey(l => l.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.CoLeads).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(g => g.Members).WithOne(m => m.WorkingGroup).HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Leads).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(g => g.Name);
        builder.Ignore(g => g.Mission);
        builder.HasVersion();
    }
}
