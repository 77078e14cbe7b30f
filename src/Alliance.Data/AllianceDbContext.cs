using Alliance.Data.Identity;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data;

/// <summary>
/// The portal's one model. Abstract because each database provider has its own sealed
/// subclass, so that each keeps its own migrations (see docs/decisions/0002).
/// </summary>
public abstract class AllianceDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<StrategicPlan> StrategicPlans => Set<StrategicPlan>();
    public DbSet<Objective> Objectives => Set<Objective>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<CategoryOfWork> CategoriesOfWork => Set<CategoryOfWork>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<WorkingGroupCoLead> WorkingGroupCoLeads => Set<WorkingGroupCoLead>();
    public DbSet<WorkingGroupLead> WorkingGroupLeads => Set<WorkingGroupLead>();
    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();
    public DbSet<Workplan> Workplans => Set<Workplan>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();
    public DbSet<SteeringCommitteeSeat> SteeringCommitteeSeats => Set<SteeringCommitteeSeat>();
    public DbSet<SeatTenure> SeatTenures => Set<SeatTenure>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AllianceDbContext).Assembly);
        builder.Entity<ApplicationUser>().Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength).IsRequired();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
