using System.Globalization;
using Alliance.Domain.SteeringCommittee;
using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.SteeringCommittee;

/// <summary>
/// What the secretariat types to give a vacant seat to an organisation. Choices and dates are text
/// (an id, yyyy-MM-dd) so that anything entered comes back unchanged with a message, never lost.
/// </summary>
public sealed class SeatAssignmentForm : IChangeForm
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
        return new SeatAssignmentForm { StartDate = PostedText.Iso(start), TermEndsOn = PostedText.Iso(start.AddYears(3)), SeatVersion = seat.Version };
    }

    /// <summary>The organisation's id, the dates and the representative as typed; null when any cannot be read.</summary>
    public (int OrganisationId, DateOnly Start, DateOnly TermEnd)? Read(FormErrors errors, string chooseOrganisation)
    {
        int? organisationId = int.TryParse(OrganisationId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        if (organisationId is null)
        {
            errors.Add(nameof(OrganisationId), chooseOrganisation);
        }
        PostedText.Required(Representative, nameof(Representative), errors, nameof(SeatTenure.RepresentativeName));
        var start = PostedText.Date(StartDate, nameof(StartDate), errors);
        var termEnd = PostedText.Date(TermEndsOn, nameof(TermEndsOn), errors);
        if (start is { } from && termEnd is { } until)
        {
            errors.AddAll(SeatTenure.ProblemsWithTerm(from, until), this);
        }
        return organisationId is null || start is null || termEnd is null ? null : (organisationId.Value, start.Value, termEnd.Value);
    }

    string IChangeForm.InputFor(string field) => field switch
    {
        nameof(SeatTenure.Organisation) => nameof(OrganisationId),
        nameof(SeatTenure.RepresentativeName) => nameof(Representative),
        _ => field,
    };
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
public sealed class TenureChangeForm : IChangeForm
{
    public string? Date { get; set; }
    public string? Representative { get; set; }
    public Guid TenureVersion { get; set; }

    public static TenureChangeForm For(ManagedTenure tenure, TenureChange change, DateOnly today) => new()
    {
        Date = change switch
        {
            TenureChange.End => PostedText.Iso(today > tenure.StartDate ? today : tenure.StartDate.AddDays(1)),
            TenureChange.Renew => PostedText.Iso(tenure.TermEndsOn.AddYears(3)),
            _ => null,
        },
        Representative = change == TenureChange.ChangeRepresentative ? tenure.Representative : null,
        TenureVersion = tenure.Version,
    };

    /// <summary>The date, or the representative, that the change needs; false when it cannot be read.</summary>
    public bool TryRead(TenureChange change, FormErrors errors, out DateOnly date)
    {
        date = default;
        if (change == TenureChange.ChangeRepresentative)
        {
            PostedText.Required(Representative, nameof(Representative), errors, nameof(SeatTenure.RepresentativeName));
        }
        else if (PostedText.Date(Date, nameof(Date), errors) is { } parsed)
        {
            date = parsed;
        }
        return errors.IsEmpty;
    }

    string IChangeForm.InputFor(string field) => field switch
    {
        nameof(SeatTenure.EndedOn) or nameof(SeatTenure.TermEndsOn) => nameof(Date),
        nameof(SeatTenure.RepresentativeName) => nameof(Representative),
        _ => field,
    };
}
