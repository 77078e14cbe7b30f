using System.Globalization;

namespace Alliance.Web.Features.SteeringCommittee;

/// <summary>
/// What the secretariat types to give a vacant seat to an organisation. Choices and dates are text
/// (an id, yyyy-MM-dd) so that anything entered comes back unchanged with a message, never lost.
/// </summary>
public sealed class SeatAssignmentForm
{
    public string? OrganisationId { get; set; }
    public string? Representative { get; set; }
    public string? StartDate { get; set; }
    public string? TermEndsOn { get; set; }

    /// <summary>The seat's version when the page was loaded: someone else's assignment since makes this one a conflict.</summary>
    public Guid SeatVersion { get; set; }

    /// <summary>A new form for a seat: starting today, for the usual three-year term.</summary>
    public static SeatAssignmentForm For(ManagedSeat seat, DateOnly today)
    {
        // A seat whose holder leaves on a later day can be given from that day on.
        var start = seat.Row.Current?.EndedOn is { } leaves && leaves > today ? leaves : today;
        return new SeatAssignmentForm { StartDate = Iso(start), TermEndsOn = Iso(start.AddYears(3)), SeatVersion = seat.Version };
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The change to make to a seat's open tenure.</summary>
public enum TenureChange
{
    End,
    Renew,
    ChangeRepresentative,
}

/// <summary>
/// Ending a tenure (<see cref="Date"/> is the last day), renewing its term (<see cref="Date"/> is the
/// new term end) or naming a new representative. Carries the tenure's version as loaded.
/// </summary>
public sealed class TenureChangeForm
{
    public string? Date { get; set; }
    public string? Representative { get; set; }
    public Guid TenureVersion { get; set; }

    public static TenureChangeForm For(ManagedTenure tenure, TenureChange change, DateOnly today) => new()
    {
        Date = change switch
        {
            TenureChange.End => SeatAssignmentForm.Iso(today > tenure.StartDate ? today : tenure.StartDate.AddDays(1)),
            TenureChange.Renew => SeatAssignmentForm.Iso(tenure.TermEndsOn.AddYears(3)),
            _ => null,
        },
        Representative = change == TenureChange.ChangeRepresentative ? tenure.Representative : null,
        TenureVersion = tenure.Version,
    };
}
