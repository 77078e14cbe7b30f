using Alliance.Data.Auditing;
using Alliance.Data.Identity;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<IndicatorMilestone> IndicatorMilestones => Set<IndicatorMilestone>();
    public DbSet<IndicatorRebaseline> IndicatorRebaselines => Set<IndicatorRebaseline>();
    public DbSet<CategoryOfWork> CategoriesOfWork => Set<CategoryOfWork>();
    public DbSet<PlanElementKind> PlanElementKinds => Set<PlanElementKind>();
    public DbSet<GroupKind> GroupKinds => Set<GroupKind>();
    public DbSet<ActivityContribution> ActivityContributions => Set<ActivityContribution>();
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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>
    /// Who makes the changes this context saves. Every save that changes a row writes one audit
    /// entry per row, in the same transaction; a save with changes and no actor is refused.
    /// </summary>
    public AuditActor? Actor { get; set; }

    /// <summary>Where the actor comes from when none was set: the request the context serves.</summary>
    public IAuditActorSource? ActorSource { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!AuditTrail.HasChanges(ChangeTracker))
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        var actor = RequireActor();
        if (Database.CurrentTransaction is not null)
        {
            return SaveAudited(actor, acceptAllChangesOnSuccess);
        }
        return Database.CreateExecutionStrategy().Execute(() =>
        {
            using var transaction = BeginSaveTransaction();
            var saved = SaveAudited(actor, acceptAllChangesOnSuccess: false);
            transaction.Commit();
            EnsureStored();
            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }
            return saved;
        });
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!AuditTrail.HasChanges(ChangeTracker))
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var actor = RequireActor();
        if (Database.CurrentTransaction is not null)
        {
            return await SaveAuditedAsync(actor, acceptAllChangesOnSuccess, cancellationToken);
        }
        // Retried as a whole on a transient fault (SQL Server): nothing is accepted until the commit.
        return await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = BeginSaveTransaction();
            var saved = await SaveAuditedAsync(actor, acceptAllChangesOnSuccess: false, ct);
            await transaction.CommitAsync(ct);
            EnsureStored();
            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }
            return saved;
        }, cancellationToken);
    }

    /// <summary>
    /// Runs several saves as one transaction, inside the execution strategy, for work outside the web's write path
    /// (the demo data's plan cycle); the write path has its own (<c>Change.InTransactionAsync</c>).
    /// </summary>
    public Task InTransactionAsync(Func<CancellationToken, Task> steps, CancellationToken cancellationToken = default) =>
        Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            await steps(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);

    /// <summary>Records something that changes no row (a sign-in, a failed one), in a transaction of its own or the current one.</summary>
    public Task RecordEventAsync(AuditActor actor, string? entity = null, string? entityKey = null,
        System.Text.Json.Nodes.JsonObject? details = null, CancellationToken cancellationToken = default) =>
        AuditTrail.WriteAsync(this, [AuditTrail.Event(actor, DateTime.UtcNow, entity, entityKey, details)], cancellationToken);

    /// <summary>
    /// Refuses to report as saved a commit that the database cannot keep (a SQLite file deleted while
    /// the portal runs takes every later write with it at restart).
    /// </summary>
    protected virtual void EnsureStored()
    {
    }

    /// <summary>The transaction a save and its audit entries share; a provider may take its locks later.</summary>
    protected virtual IDbContextTransaction BeginSaveTransaction() => Database.BeginTransaction();

    private AuditActor RequireActor() =>
        Actor ?? ActorSource?.Current() ?? throw new InvalidOperationException(
            "A change was about to be saved with no actor: every change goes through the write path (ChangeWriter), "
            + "or names its actor on the context (AllianceDbContext.Actor).");

    private int SaveAudited(AuditActor actor, bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        var drafts = AuditTrail.Capture(ChangeTracker);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess: false);
        AuditTrail.Write(this, AuditTrail.Complete(drafts, actor, DateTime.UtcNow).ToList());
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }
        return saved;
    }

    private async Task<int> SaveAuditedAsync(AuditActor actor, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        ChangeTracker.DetectChanges();
        var drafts = AuditTrail.Capture(ChangeTracker);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        await AuditTrail.WriteAsync(this, AuditTrail.Complete(drafts, actor, DateTime.UtcNow).ToList(), cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }
        return saved;
    }

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
