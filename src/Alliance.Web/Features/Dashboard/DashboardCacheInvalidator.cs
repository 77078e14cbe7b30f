using System.Runtime.CompilerServices;
using Alliance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alliance.Web.Features.Dashboard;

/// <summary>
/// Drops the cached dashboard the moment a save that touched the plan's data (activities,
/// progress, seats, members, indicators...) has committed; sign-ins and other account changes
/// leave it alone.
/// </summary>
public sealed class DashboardCacheInvalidator(DashboardCache cache) : SaveChangesInterceptor
{
    private static readonly System.Reflection.Assembly DomainAssembly = typeof(DomainException).Assembly;
    private readonly ConditionalWeakTable<DbContext, object> _touchingPlanData = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Metadata.ClrType.Assembly == DomainAssembly))
        {
            _touchingPlanData.AddOrUpdate(context, context);
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is not null && _touchingPlanData.Remove(context))
        {
            cache.Invalidate();
        }
    }
}
