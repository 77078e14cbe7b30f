using Alliance.Data;
using Alliance.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Support;

/// <summary>
/// A feature service whose contexts carry an interceptor: the way to make a race certain. The
/// service and its <see cref="ChangeWriter"/> come from the scope (its signed-in user), with a
/// context factory that adds the interceptor.
/// </summary>
public static class RacedServices
{
    public static T Create<T>(AsyncServiceScope scope, IInterceptor interceptor) where T : class
    {
        var services = scope.ServiceProvider;
        var options = new DbContextOptionsBuilder<SqliteAllianceDbContext>(services.GetRequiredService<DbContextOptions<SqliteAllianceDbContext>>())
            .AddInterceptors(interceptor)
            .Options;
        IDbContextFactory<AllianceDbContext> factory = new Factory(options);
        var writer = ActivatorUtilities.CreateInstance<ChangeWriter>(services, factory);
        return ActivatorUtilities.CreateInstance<T>(services, writer);
    }

    /// <summary>The service with someone else's change run just before its first save: the race a second user wins when both click Save at once.</summary>
    public static T WithCompetitorBeforeFirstSave<T>(AsyncServiceScope scope, Func<Task> competitor) where T : class =>
        Create<T>(scope, new CompetitorBeforeFirstSave(competitor));

    private sealed class Factory(DbContextOptions<SqliteAllianceDbContext> options) : IDbContextFactory<AllianceDbContext>
    {
        public AllianceDbContext CreateDbContext() => new SqliteAllianceDbContext(options);
    }

    /// <summary>Runs someone else's write just before this context's first save.</summary>
    public sealed class CompetitorBeforeFirstSave(Func<Task> competitor) : SaveChangesInterceptor
    {
        private int _saves;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _saves) == 1)
            {
                await competitor();
            }
            return result;
        }
    }
}
