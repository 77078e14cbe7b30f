using System.Linq.Expressions;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Shared;

/// <summary>The questions the portal asks again and again, each written once.</summary>
public static class PortalQueries
{
    /// <summary>The plan in force (one at a time, which the database holds to); drafts and closed plans are never current.</summary>
    public static IQueryable<StrategicPlan> Current(this DbSet<StrategicPlan> plans) =>
        plans.Where(p => p.Status == PlanStatus.InForce).OrderByDescending(p => p.StartYear).Take(1);

    /// <summary>The plan at <c>/plans/{slug}</c> ("2018-2020"): none when the address is not a period.</summary>
    public static IQueryable<StrategicPlan> OfPeriod(this IQueryable<StrategicPlan> plans, string slug)
    {
        var parts = slug.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var end)
            ? plans.Where(p => p.StartYear == start && p.EndYear == end)
            : plans.Where(p => false);
    }

    /// <summary>The co-lead terms current on <paramref name="day"/> (the same rule as <see cref="WorkingGroupCoLead.IsCurrentOn"/>).</summary>
    public static Expression<Func<WorkingGroupCoLead, bool>> CoLeadOn(DateOnly day) =>
        c => c.Since <= day && (c.EndedOn == null || c.EndedOn > day);

    /// <summary>The organisations that were members on <paramref name="day"/> (the same rule as <see cref="Organisation.IsMemberOn"/>).</summary>
    public static IQueryable<Organisation> MembersOn(this IQueryable<Organisation> organisations, DateOnly day) =>
        organisations.Where(MemberOn(day));

    /// <summary>The same rule as an expression, for counts inside a larger query.</summary>
    public static Expression<Func<Organisation, bool>> MemberOn(DateOnly day) =>
        o => o.JoinedOn <= day && (o.LeftOn == null || o.LeftOn > day);

    /// <summary>Today's date in UTC, from the clock the portal is given (a fixed one in tests).</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
