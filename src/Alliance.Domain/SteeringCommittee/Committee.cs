using Alliance.Domain.Members;

namespace Alliance.Domain.SteeringCommittee;

/// <summary>
/// The committee as a whole: the rules that span seats (an organisation holds at most one seat
/// at a time) and the objective-C target on seats.
/// </summary>
public sealed class Committee(IReadOnlyCollection<SteeringCommitteeSeat> seats)
{
    public IReadOnlyCollection<SteeringCommitteeSeat> Seats { get; } = seats;

    public SeatTenure Assign(int seatNumber, Organisation organisation, string representative, DateOnly startDate, DateOnly termEndsOn)
    {
        var seat = Seats.SingleOrDefault(s => s.Number == seatNumber)
            ?? throw new DomainException("SeatNotFound", "There is no seat {0}.", seatNumber);
        if (organisation.LeftOn is { } left && left <= startDate)
        {
            throw new DomainException("OrganisationNotMember", "{0} is no longer a member of the Alliance.", organisation.Name)
                { Field = nameof(SeatTenure.Organisation) };
        }
        if (startDate < organisation.JoinedOn)
        {
            throw new DomainException("NotYetMember", "{0} joined the Alliance on {1}: its term cannot start before that day.", organisation.Name, organisation.JoinedOn)
                { Field = nameof(SeatTenure.Organisation) };
        }
        // Held elsewhere: an open tenure, or one whose (possibly future) end falls after this start.
        var other = Seats.FirstOrDefault(s => s != seat && s.Tenures.Any(t =>
            (t.IsOpen || (t.StartDate <= startDate && t.EndedOn > startDate))
            && (t.Organisation == organisation || (organisation.Id != 0 && t.OrganisationId == organisation.Id))));
        if (other is not null)
        {
            throw new DomainException("OrganisationHoldsSeat", "{0} already holds seat {1}; an organisation holds at most one seat.", organisation.Name, other.Number)
                { Field = nameof(SeatTenure.Organisation) };
        }
        return seat.Assign(organisation, representative, startDate, termEndsOn);
    }

    /// <summary>
    /// Records that a member left. Only members sit on the committee, so one that holds a seat on
    /// that day (or after it) gives the seat up first.
    /// </summary>
    public void RecordLeaving(Organisation organisation, DateOnly leftOn)
    {
        Guard.DatesInOrder(organisation.JoinedOn, leftOn, nameof(Organisation.JoinedOn), nameof(Organisation.LeftOn));
        var held = Seats.FirstOrDefault(s => s.Tenures.Any(t => t.OrganisationId == organisation.Id && (t.EndedOn is null || t.EndedOn > leftOn)));
        if (held is not null)
        {
            throw new DomainException("LeavingHoldsSeat", "{0} holds seat {1} of the steering committee on that day. End that tenure first: only members sit on the committee.",
                organisation.Name, held.Number) { Field = nameof(Organisation.LeftOn) };
        }
        organisation.RecordLeaving(leftOn);
    }
}
