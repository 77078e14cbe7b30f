using Alliance.Domain.Members;

namespace Alliance.Domain.SteeringCommittee;

/// <summary>An organisation holding a seat for a term. Open until <see cref="EndedOn"/> is set.</summary>
public class SeatTenure
{
    public const int RepresentativeMaxLength = 200;

    private SeatTenure()
    {
        RepresentativeName = "";
    }

    internal SeatTenure(SteeringCommitteeSeat seat, Organisation organisation, string representative, DateOnly startDate, DateOnly termEndsOn)
    {
        Guard.DatesInOrder(startDate, termEndsOn, "Term start", "Term end");
        if (termEndsOn == startDate)
        {
            throw new DomainException("DatesOutOfOrder", "{1} must not be before {0}.", "Term start", "Term end");
        }
        Seat = seat;
        Organisation = organisation;
        OrganisationId = organisation.Id;
        RepresentativeName = Guard.Required(representative, "Representative", RepresentativeMaxLength);
        StartDate = startDate;
        TermEndsOn = termEndsOn;
    }

    public int Id { get; private set; }
    public int SeatId { get; private set; }
    public SteeringCommitteeSeat Seat { get; private set; } = null!;
    public int OrganisationId { get; private set; }
    public Organisation Organisation { get; private set; } = null!;
    public string RepresentativeName { get; private set; }
    public DateOnly StartDate { get; private set; }

    /// <summary>When the term is due to end; renewing a term moves it later.</summary>
    public DateOnly TermEndsOn { get; private set; }

    /// <summary>When the organisation actually left the seat; null while the tenure is open.</summary>
    public DateOnly? EndedOn { get; private set; }

    public bool IsOpen => EndedOn is null;

    public void End(DateOnly endedOn)
    {
        if (!IsOpen)
        {
            throw new DomainException("TenureAlreadyEnded", "This tenure has already ended.");
        }
        if (endedOn <= StartDate)
        {
            throw new DomainException("DatesOutOfOrder", "{1} must not be before {0}.", "Term start", "End date");
        }
        EndedOn = endedOn;
    }

    public void Renew(DateOnly newTermEndsOn)
    {
        if (!IsOpen)
        {
            throw new DomainException("TenureAlreadyEnded", "This tenure has already ended.");
        }
        if (newTermEndsOn <= TermEndsOn)
        {
            throw new DomainException("RenewalNotLater", "A renewed term must end after the current term end ({0:yyyy-MM-dd}).", TermEndsOn);
        }
        TermEndsOn = newTermEndsOn;
    }

    public void ChangeRepresentative(string representative) =>
        RepresentativeName = Guard.Required(representative, "Representative", RepresentativeMaxLength);
}
