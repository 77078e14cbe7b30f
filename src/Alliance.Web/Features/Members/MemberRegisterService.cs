using System.Globalization;
using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Members;

/// <summary>Reads for the member register: one page of organisations, the figures, the downloads.</summary>
public sealed class MemberRegisterService(
    IDbContextFactory<AllianceDbContext> dbFactory, CurrentUser currentUser, IStringLocalizer<SharedStrings> shared, TimeProvider clock)
{
    private DateOnly Today => clock.Today();

    /// <summary>One page of the register, today or as it stood on <see cref="MemberQuery.On"/> (then read-only, a later leaving not yet known).</summary>
    public async Task<MemberRegister> GetRegisterAsync(MemberQuery query, CancellationToken cancellationToken = default)
    {
        query = query.On < Today ? query : query with { On = null };
        var today = query.On ?? Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (countries, years) = await ChoicesAsync(db, cancellationToken);
        query = Applicable(query, countries, years);
        var filtered = db.Organisations.AsNoTracking().Filter(query, today);
        var total = await filtered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + MemberQuery.PageSize - 1) / MemberQuery.PageSize);
        query = query with { Page = Math.Min(query.Page, pageCount) };
        var rows = await Project(filtered.Sort(query, Order(countries)))
            .Skip((query.Page - 1) * MemberQuery.PageSize).Take(MemberQuery.PageSize)
            .ToListAsync(cancellationToken);
        if (query.On is { } asOf)
        {
            rows = [.. rows.Select(r => r.LeftOn > asOf ? r with { LeftOn = null } : r)];
            return new MemberRegister(query, rows, total, pageCount, countries, years, asOf, CanManage: false);
        }
        var user = await currentUser.LoadAsync(db, cancellationToken);
        return new MemberRegister(query, rows, total, pageCount, countries, years, today, user?.IsStaff == true);
    }

    /// <summary>Every organisation the query selects, in its order, without paging: what the downloads hold.</summary>
    public async Task<IReadOnlyList<MemberRow>> GetExportAsync(MemberQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (countries, years) = await ChoicesAsync(db, cancellationToken);
        query = Applicable(query, countries, years);
        return await Project(db.Organisations.AsNoTracking().Filter(query, Today).Sort(query, Order(countries))).ToListAsync(cancellationToken);
    }

    /// <summary>The register's figures today, or on <paramref name="on"/> (a past day).</summary>
    public async Task<MemberFigures> GetFiguresAsync(DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var today = on < Today ? on.Value : Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = db.Organisations.MembersOn(today);
        var launched = Membership.LaunchedOn;
        var counts = await current
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Members = g.Count(),
                LocalOrNational = g.Count(o => OrganisationScopes.LocalOrNational.Contains(o.Scope)),
                NewMembers = g.Count(o => o.JoinedOn >= launched),
                NewLocalOrNational = g.Count(o => o.JoinedOn >= launched && OrganisationScopes.LocalOrNational.Contains(o.Scope)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var joined = await db.Organisations
            .GroupBy(o => o.JoinedOn.Year)
            .Select(g => new { Year = g.Key, Total = g.Count(), LocalOrNational = g.Count(o => OrganisationScopes.LocalOrNational.Contains(o.Scope)) })
            .ToListAsync(cancellationToken);
        // The plan in force sets the target (60% in 2018–2020); a later plan may set another, or none.
        var target = await db.Indicators
            .Where(i => i.Metric == ComputedMetric.NewMembersLocalOrNationalPercent
                && db.StrategicPlans.Current().Select(p => p.Id).Contains(i.Objective.StrategicPlanId))
            .Select(i => (decimal?)i.Target)
            .FirstOrDefaultAsync(cancellationToken);
        // Every year from the first to the last, so that a year nobody joined shows as an empty bar.
        var first = joined.Count == 0 ? 0 : joined.Min(j => j.Year);
        var perYear = Enumerable.Range(first, joined.Count == 0 ? 0 : joined.Max(j => j.Year) - first + 1)
            .Select(year => joined.SingleOrDefault(j => j.Year == year) is { } y
                ? new JoiningYear(year, y.LocalOrNational, y.Total - y.LocalOrNational)
                : new JoiningYear(year, 0, 0))
            .ToList();
        return counts is null
            ? MemberFigures.None(today) with { NewMembersTarget = target, JoiningPerYear = perYear }
            : new MemberFigures(today, counts.Members, counts.LocalOrNational, counts.NewMembers, counts.NewLocalOrNational, target, perYear);
    }

    /// <summary>The countries and joining years present in the register: the only choices the filters offer.</summary>
    private static async Task<(IReadOnlyList<Country> Countries, IReadOnlyList<int> Years)> ChoicesAsync(AllianceDbContext db, CancellationToken cancellationToken)
    {
        var codes = await db.Organisations.Where(o => o.CountryCode != null).Select(o => o.CountryCode!).Distinct().ToListAsync(cancellationToken);
        var years = await db.Organisations.Select(o => o.JoinedOn.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true);
        var countries = codes.Select(c => new Country(c, Countries.Name(c))).OrderBy(c => c.Name, comparer).ToList();
        return (countries, years);
    }

    // A country or year nobody has would only give an empty page: it is dropped, like any unknown value.
    private static MemberQuery Applicable(MemberQuery query, IReadOnlyList<Country> countries, IReadOnlyList<int> years) => query with
    {
        CountryCode = countries.Any(c => c.Code == query.CountryCode) ? query.CountryCode : null,
        JoinedYear = query.JoinedYear is { } year && years.Contains(year) ? year : null,
    };

    private MemberOrder Order(IReadOnlyList<Country> countries)
    {
        var comparer = StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true);
        var types = Enum.GetValues<OrganisationType>().OrderBy(t => shared.Enum(t), comparer).ToList();
        return new MemberOrder(types, countries.Select(c => c.Code).ToList());
    }

    private static IQueryable<MemberRow> Project(IQueryable<Organisation> organisations) =>
        organisations.Select(o => new MemberRow(o.Id, o.Name, o.Acronym, o.Type, o.Scope, o.CountryCode, o.JoinedOn, o.LeftOn));
}
