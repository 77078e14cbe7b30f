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
        if (ProblemsWithTerm(startDate, termEndsOn).FirstOrDefault() is { } problem)
        {
            throw problem;
        }
        Seat = seat;
        Organisation = organisation;
        OrganisationId = organisation.Id;
        RepresentativeName = Guard.Required(representative, nameof(RepresentativeName), RepresentativeMaxLength);
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

    /// <summary>The rules on a term's dates alone, so that a form can report them with its other messages.</summary>
    public static IReadOnlyList<DomainException> ProblemsWithTerm(DateOnly startDate, DateOnly termEndsOn) =>
        termEndsOn <= startDate
            ? [new DomainException("TermEndAfterStart", "The term must end after it starts.") { Field = nameof(TermEndsOn) }]
            : [];

    public void End(DateOnly endedOn)
    {
        if (!IsOpen)
        {
            throw new DomainException("TenureAlreadyEnded", "This tenure has already ended.");
        }
        if (endedOn <= StartDate)
        {
            throw new DomainException("EndAfterStart", "The tenure started on {0}: it must end after that day.", StartDate) { Field = nameof(EndedOn) };
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
            throw new DomainException("RenewalNotLater", "A renewed term must end after the current term end ({0:yyyy-MM-dd}).", TermEndsOn) { Field = nameof(TermEndsOn) };
        }
        TermEndsOn = newTermEndsOn;
    }

    public void ChangeRepresentative(string representative) =>
        RepresentativeName = Guard.Required(representative, nameof(RepresentativeName), RepresentativeMaxLength);
}
