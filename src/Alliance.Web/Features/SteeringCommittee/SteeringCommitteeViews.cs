using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;

namespace Alliance.Web.Features.SteeringCommittee;

/// <summary>How a seat is shown on the grid: the plan cares whether a holder is international or local, national or regional.</summary>
public enum SeatState
{
    HeldByInternational,
    HeldByLocalNationalOrRegional,
    Vacant,
}

/// <summary>A seat's status in the table and the downloads; the page adds the dates.</summary>
public enum SeatStatus
{
    Held,
    TermEndingSoon,
    TermOverdue,
    Leaving,
    Vacant,
    NeverHeld,
}

/// <summary>An organisation as the seat pages show it.</summary>
public sealed record SeatHolder(int Id, string Name, string? Acronym, OrganisationType Type, OrganisationScope Scope, string? CountryCode)
{
    public static SeatHolder Of(Organisation organisation) =>
        new(organisation.Id, organisation.Name, organisation.Acronym, organisation.Type, organisation.Scope, organisation.CountryCode);

    public bool IsLocalNationalOrRegional => OrganisationScopes.LocalNationalOrRegional.Contains(Scope);

    /// <summary>The acronym where there is one: what fits on a tile of the grid.</summary>
    public string ShortName => Acronym ?? Name;
}

/// <summary>One organisation's time on a seat.</summary>
public sealed record TenureRow(SeatHolder Holder, string Representative, DateOnly StartDate, DateOnly TermEndsOn, DateOnly? EndedOn);

/// <summary>
/// A seat on the day shown: its current holder (if any), when it became vacant, whether the term
/// ends soon, the tenure due to start later (an incoming holder), and its history, newest first.
/// </summary>
public sealed record SeatRow(
    int Number, TenureRow? Current, DateOnly? VacantSince, bool TermEndingSoon, TenureRow? Incoming, IReadOnlyList<TenureRow> History)
{
    public bool IsVacant => Current is null;

    public SeatState State => Current is null ? SeatState.Vacant
        : Current.Holder.IsLocalNationalOrRegional ? SeatState.HeldByLocalNationalOrRegional
        : SeatState.HeldByInternational;

    /// <summary>
    /// Vacant (since a date, or never held yet); or held, flagged when the holder's departure is
    /// recorded, when the term end has passed without renewal, or when it is within 90 days.
    /// </summary>
    public SeatStatus Status(DateOnly today) => Current switch
    {
        null when VacantSince is null && !History.Any(t => t.StartDate <= today) => SeatStatus.NeverHeld,
        null => SeatStatus.Vacant,
        { EndedOn: not null } => SeatStatus.Leaving,
        { } t when t.TermEndsOn < today => SeatStatus.TermOverdue,
        _ when TermEndingSoon => SeatStatus.TermEndingSoon,
        _ => SeatStatus.Held,
    };
}

/// <summary>A vacant seat and how long it has been so; a seat never held has no date.</summary>
public sealed record Vacancy(int SeatNumber, DateOnly? Since, int? Days);

/// <summary>The figures at the top of the page, all derived from the tenures on <see cref="Today"/>.</summary>
public sealed record CommitteeFigures(
    DateOnly Today, int Seats, int Held, IReadOnlyList<Vacancy> Vacancies, int HeldByLocalNationalOrRegional,
    IReadOnlyList<Plans.CommitmentView> SeatCommitments)
{
    public int Vacant => Vacancies.Count;
}

/// <summary>Links within the committee page, keeping the past day it shows (<c>?on=</c>), if any.</summary>
public static class CommitteeLinks
{
    public static string Href(DateOnly? asOf, string fragment, int? seat = null)
    {
        var query = new List<string>(2);
        if (seat is { } number)
        {
            query.Add($"seat={number.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }
        if (asOf is { } day)
        {
            query.Add($"{AsOfDay.QueryName}={AsOfDay.Format(day)}");
        }
        return "steering-committee" + (query.Count == 0 ? "" : "?" + string.Join("&", query)) + "#" + fragment;
    }
}

/// <param name="AsOf">The past day shown, or null for today.</param>
public sealed record CommitteeOverview(CommitteeFigures Figures, IReadOnlyList<SeatRow> Seats, bool CanManage, DateOnly? AsOf = null);
