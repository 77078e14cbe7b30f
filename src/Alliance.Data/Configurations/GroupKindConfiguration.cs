using Alliance.Data.Concurrency;
using Alliance.Domain.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class GroupKindConfiguration : IEntityTypeConfiguration<GroupKind>
{
    public void Configure(EntityTypeBuilder<GroupKind> builder)
    {
        builder.Property(k => k.Code).HasMaxLength(GroupKind.CodeMaxLength).IsRequired();
        builder.Property(k => k.NameEn).HasMaxLength(GroupKind.NameMaxLength).IsRequired();
        builder.Property(k => k.NameFr).HasMaxLength(GroupKind.NameMaxLength).IsRequired();
        builder.HasIndex(k => k.Code).IsUnique();
        builder.Ignore(k => k.Name);
        builder.HasVersion();
    }
}
