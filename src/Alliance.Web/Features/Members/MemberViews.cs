using Alliance.Domain.Members;
using Alliance.Web.Localization;

namespace Alliance.Web.Features.Members;

// What the member pages show: small read models projected by MemberRegisterService.

public sealed record MemberRow(
    int Id, string Name, string? Acronym, OrganisationType Type, OrganisationScope Scope, string? CountryCode, DateOnly JoinedOn, DateOnly? LeftOn);

/// <summary>
/// One page of the register. <see cref="Query"/> is what was actually applied: unknown filter
/// values dropped, the page brought within range.
/// </summary>
public sealed record MemberRegister(
    MemberQuery Query, IReadOnlyList<MemberRow> Rows, int Total, int PageCount,
    IReadOnlyList<Country> Countries, IReadOnlyList<int> JoinedYears, DateOnly Today, bool CanManage)
{
    public int FirstShown => Total == 0 ? 0 : (Query.Page - 1) * MemberQuery.PageSize + 1;

    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Rows.Count - 1;
}

public sealed record JoiningYear(int Year, int LocalOrNational, int Others)
{
    public int Total => LocalOrNational + Others;
}

/// <summary>
/// The membership figures of objective C on <see cref="Today"/>: counts of current members, and
/// organisations joining per year (former members included, since they did join).
/// </summary>
public sealed record MemberFigures(
    DateOnly Today, int Members, int LocalOrNational, int NewMembers, int NewLocalOrNational,
    decimal? NewMembersTarget, IReadOnlyList<JoiningYear> JoiningPerYear)
{
    public static MemberFigures None(DateOnly today) => new(today, 0, 0, 0, 0, null, []);

    public double LocalOrNationalShare => Share(LocalOrNational, Members);

    public double NewLocalOrNationalShare => Share(NewLocalOrNational, NewMembers);

    /// <summary>Whether the share among new members reaches the plan's target; null when the plan sets none.</summary>
    public bool? NewMembersTargetMet => NewMembersTarget is { } target && NewMembers > 0 ? NewLocalOrNationalShare >= (double)target : null;

    private static double Share(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
