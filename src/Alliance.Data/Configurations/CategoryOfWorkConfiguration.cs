using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class CategoryOfWorkConfiguration : IEntityTypeConfiguration<CategoryOfWork>
{
    public void Configure(EntityTypeBuilder<CategoryOfWork> builder)
    {
        builder.ToTable("CategoriesOfWork");
        builder.Property(c => c.Code).HasMaxLength(CategoryOfWork.CodeMaxLength).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(CategoryOfWork.NameMaxLength).IsRequired();
        builder.Property(c => c.NameFr).HasMaxLength(CategoryOfWork.NameMaxLength).IsRequired();
        builder.HasIndex(c => new { c.StrategicPlanId, c.Code }).IsUnique();
        builder.Ignore(c => c.Name);
        builder.HasVersion();
    }
}
