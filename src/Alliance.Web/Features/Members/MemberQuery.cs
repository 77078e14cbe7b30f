using System.Globalization;
using Alliance.Domain.Members;
using Microsoft.AspNetCore.WebUtilities;

namespace Alliance.Web.Features.Members;

public enum MemberSort
{
    Name,
    Type,
    Scope,
    Country,
    Joined,
}

public enum MembershipStatus
{
    All,
    Current,
    Former,
}

/// <summary>
/// What the register shows: search, filters, sort and page, all carried in the query string so
/// that the page works as plain links and a GET form. Anything unknown is read as "not given".
/// </summary>
public sealed record MemberQuery(
    string? Search, OrganisationType? Type, OrganisationScope? Scope, string? CountryCode, int? JoinedYear,
    MembershipStatus Status, MemberSort Sort, bool Descending, int Page)
{
    public const int PageSize = 25;
    public const int SearchMaxLength = 100;

    public static MemberQuery Default { get; } = new(null, null, null, null, null, MembershipStatus.All, MemberSort.Name, false, 1);

    /// <summary>The past day the register is read as of (<c>?on=</c>), or null for today; kept in every link.</summary>
    public DateOnly? On { get; init; }

    public bool IsFiltered => Search is not null || Type is not null || Scope is not null || CountryCode is not null
        || JoinedYear is not null || Status != MembershipStatus.All;

    public static MemberQuery Parse(
        string? search, string? type, string? scope, string? country, string? joined, string? status, string? sort, string? direction, string? page)
    {
        var text = search?.Trim();
        var code = country?.Trim().ToUpperInvariant();
        return new MemberQuery(
            string.IsNullOrEmpty(text) ? null : text.Length > SearchMaxLength ? text[..SearchMaxLength] : text,
            Named<OrganisationType>(type),
            Named<OrganisationScope>(scope),
            code is { Length: 2 } && code.All(char.IsAsciiLetterUpper) ? code : null,
            int.TryParse(joined, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 3000 ? year : null,
            Named<MembershipStatus>(status) ?? MembershipStatus.All,
            Named<MemberSort>(sort) ?? MemberSort.Name,
            string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase),
            int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1);
    }

    public static MemberQuery From(IQueryCollection query) =>
        Parse(query["q"], query["type"], query["scope"], query["country"], query["joined"], query["status"], query["sort"], query["dir"], query["page"]);

    /// <summary>The same view sorted by <paramref name="sort"/>: ascending first, reversed when it already is the sort.</summary>
    public MemberQuery SortedBy(MemberSort sort) => this with { Sort = sort, Descending = Sort == sort && !Descending, Page = 1 };

    public MemberQuery OnPage(int page) => this with { Page = page };

    /// <summary>A link to <paramref name="path"/> with this query; defaults are left out to keep links short.</summary>
    public string ToUrl(string path, bool withPage = true)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["q"] = Search,
            ["type"] = Type?.ToString(),
            ["scope"] = Scope?.ToString(),
            ["country"] = CountryCode,
            ["joined"] = JoinedYear?.ToString(CultureInfo.InvariantCulture),
            ["status"] = Status == MembershipStatus.All ? null : Status.ToString(),
            ["sort"] = Sort == MemberSort.Name ? null : Sort.ToString(),
            ["dir"] = Descending ? "desc" : null,
            ["page"] = withPage && Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null,
            [AsOfDay.QueryName] = On is { } day ? AsOfDay.Format(day) : null,
        };
        return QueryHelpers.AddQueryString(path, parameters.Where(p => p.Value is not null));
    }

    // Names only: Enum.TryParse would also take numbers and comma-joined lists.
    private static TEnum? Named<TEnum>(string? value) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => string.Equals(v.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
