using Alliance.Data.Concurrency;
using Alliance.Domain.Workplans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Activity.TitleMaxLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(Activity.DescriptionMaxLength);
        builder.Property(a => a.Deliverable).HasMaxLength(Activity.DeliverableMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.ToTable(t => t.HasCheckConstraint("CK_Activities_PercentComplete", "\"PercentComplete\" BETWEEN 0 AND 100"));
        builder.HasOne(a => a.Objective).WithMany().HasForeignKey(a => a.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryOfWorkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.ProgressUpdates).WithOne(u => u.Activity).HasForeignKey(u => u.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.ProgressUpdates).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Contributions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(a => new { a.ObjectiveId, a.Status });
        builder.Property(a => a.Disposition).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DispositionReason).HasMaxLength(Activity.DispositionReasonMaxLength);
        // An activity carried over continues one of the previous plan; at most one continues each.
        builder.HasOne(a => a.CarriedFrom).WithOne(a => a.CarriedInto).HasForeignKey<Activity>(a => a.CarriedFromId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.IsClosed);
        builder.Ignore(a => a.AwaitsDecision);
        builder.HasVersion();
    }
}
