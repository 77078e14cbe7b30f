using System.Linq.Expressions;
using Alliance.Domain.Members;

namespace Alliance.Web.Features.Members;

/// <summary>
/// The register's search, filters and sort as IQueryable operators, so that the database does the
/// work (and the paging) the same way on SQLite and SQL Server.
/// </summary>
/// <summary>How the user reads types and countries, in alphabetical order of their names in the user's language.</summary>
internal sealed record MemberOrder(IReadOnlyList<OrganisationType> Types, IReadOnlyList<string> CountryCodes);

internal static class MemberRegisterQueries
{
    public static IQueryable<Organisation> Filter(this IQueryable<Organisation> organisations, MemberQuery query, DateOnly today)
    {
        if (query.Search is { } search)
        {
            // Names are stored normalised (upper case, single spaces), so one Contains is case-insensitive on every provider.
            var term = Organisation.NormalizeName(search);
            organisations = organisations.Where(o => o.NormalizedName.Contains(term) || (o.Acronym != null && o.Acronym.ToUpper().Contains(term)));
        }
        if (query.Type is { } type)
        {
            organisations = organisations.Where(o => o.Type == type);
        }
        if (query.Scope is { } scope)
        {
            organisations = organisations.Where(o => o.Scope == scope);
        }
        if (query.CountryCode is { } country)
        {
            organisations = organisations.Where(o => o.CountryCode == country);
        }
        if (query.JoinedYear is { } year)
        {
            // A range rather than JoinedOn.Year, so that the index on JoinedOn serves it.
            var (from, until) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            organisations = organisations.Where(o => o.JoinedOn >= from && o.JoinedOn < until);
        }
        if (query.On is { } asOf)
        {
            // As the register stood that day: nobody who joined later.
            organisations = organisations.Where(o => o.JoinedOn <= asOf);
        }
        return query.Status switch
        {
            MembershipStatus.Current => organisations.MembersOn(today),
            MembershipStatus.Former => organisations.Where(o => o.LeftOn != null && o.LeftOn <= today),
            _ => organisations,
        };
    }

    /// <summary>
    /// Sorts as the user reads the columns: types and countries by their names in the user's language
    /// (a CASE over the few values present, ranked here), scopes from global to local, names without
    /// regard to case. Ties are broken by name, then id, so that paging is stable.
    /// </summary>
    public static IOrderedQueryable<Organisation> Sort(this IQueryable<Organisation> organisations, MemberQuery query, MemberOrder order)
    {
        var descending = query.Descending;
        IOrderedQueryable<Organisation> sorted;
        switch (query.Sort)
        {
            case MemberSort.Type:
                sorted = organisations.OrderBy(Rank(o => o.Type, InOrder(order.Types, descending)));
                break;
            case MemberSort.Scope:
                sorted = organisations.OrderBy(Rank(o => o.Scope, InOrder(Enum.GetValues<OrganisationScope>(), descending)));
                break;
            case MemberSort.Country:
                // Organisations without a country come last either way.
                sorted = organisations.OrderBy(Rank(o => o.CountryCode, InOrder(order.CountryCodes.Cast<string?>().ToList(), descending)));
                break;
            case MemberSort.Joined:
                sorted = descending ? organisations.OrderByDescending(o => o.JoinedOn) : organisations.OrderBy(o => o.JoinedOn);
                break;
            default:
                return descending
                    ? organisations.OrderByDescending(o => o.NormalizedName).ThenByDescending(o => o.Id)
                    : organisations.OrderBy(o => o.NormalizedName).ThenBy(o => o.Id);
        }
        return sorted.ThenBy(o => o.NormalizedName).ThenBy(o => o.Id);
    }

    private static List<T> InOrder<T>(IReadOnlyList<T> values, bool descending) => descending ? values.Reverse().ToList() : values.ToList();

    /// <summary>
    /// <c>CASE WHEN key = v0 THEN 0 WHEN key = v1 THEN 1 ... ELSE n END</c>: an order the database can
    /// follow for values whose order it does not know. EF flattens the nested conditionals into one CASE.
    /// </summary>
    internal static Expression<Func<Organisation, int>> Rank<TKey>(Expression<Func<Organisation, TKey>> key, IReadOnlyList<TKey> ordered)
    {
        Expression rank = Expression.Constant(ordered.Count);
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            rank = Expression.Condition(Expression.Equal(key.Body, Expression.Constant(ordered[i], typeof(TKey))), Expression.Constant(i), rank);
        }
        return Expression.Lambda<Func<Organisation, int>>(rank, key.Parameters);
    }
}
