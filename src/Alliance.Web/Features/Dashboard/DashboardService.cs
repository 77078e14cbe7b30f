using Alliance.Data;
using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Dashboard;

public sealed record ObjectiveCard(string Code, ObjectiveKind Kind, LocalizedText Title, LocalizedText Statement);

public sealed record PlanOverview(LocalizedText Title, int StartYear, int EndYear, IReadOnlyList<ObjectiveCard> Objectives);

public sealed class DashboardService(IDbContextFactory<AllianceDbContext> dbFactory)
{
    public async Task<PlanOverview?> GetPlanOverviewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.StrategicPlans.Current()
            .Select(p => new { p.TitleEn, p.TitleFr, p.StartYear, p.EndYear })
            .SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }
        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => o.Plan.StartYear == plan.StartYear)
            .OrderBy(o => o.SortOrder)
            .Select(o => new { o.Code, o.Kind, o.TitleEn, o.TitleFr, o.StatementEn, o.StatementFr })
            .ToListAsync(cancellationToken);
        return new PlanOverview(new LocalizedText(plan.TitleEn, plan.TitleFr), plan.StartYear, plan.EndYear,
            objectives.Select(o => new ObjectiveCard(o.Code, o.Kind, new(o.TitleEn, o.TitleFr), new(o.StatementEn, o.StatementFr))).ToList());
    }
}
