using Alliance.Data;
using Alliance.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features;

internal static class PlanQueries
{
    /// <summary>The plan in force: the latest one by period. A plan is data; a 2021–2025 plan is a new row.</summary>
    public static IQueryable<StrategicPlan> Current(this DbSet<StrategicPlan> plans) =>
        plans.OrderByDescending(p => p.StartYear).Take(1);
}
