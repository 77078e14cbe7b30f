using Alliance.Domain.Members;

namespace Alliance.Domain.SteeringCommittee;

/// <summary>
/// One of the steering committee's seats. A seat has at most one open tenure; whether it is
/// vacant, and since when, is derived from its tenures and never stored.
/// </summary>
public class SteeringCommitteeSeat
{
    public const int SeatCount = 21;

    /// <summary>A term ending within this many days is flagged to the secretariat.</summary>
    public const int TermEndingSoonDays = 90;

    private readonly List<SeatTenure> _tenures = [];

    private SteeringCommitteeSeat()
    {
    }

    public SteeringCommitteeSeat(int number)
    {
        if (number is < 1 or > SeatCount)
        {
            throw new DomainException("SeatNumberOutOfRange", "A seat number is between 1 and {0}.", SeatCount);
        }
        Number = number;
    }

    public int Id { get; private set; }
    public int Number { get; private set; }
    public IReadOnlyList<SeatTenure> Tenures => _tenures;

    /// <summary>The tenure not yet ended, if any (it may start in the future).</summary>
    public SeatTenure? OpenTenure => _tenures.SingleOrDefault(t => t.IsOpen);

    /// <summary>The tenure holding the seat on that day: started, and not ended (an end may be recorded ahead of time).</summary>
    public SeatTenure? CurrentTenure(DateOnly today) =>
        _tenures.FirstOrDefault(t => t.StartDate <= today && (t.EndedOn is null || t.EndedOn > today));

    public bool IsVacant(DateOnly today) => CurrentTenure(today) is null;

    /// <summary>When the seat last became vacant; null while held or if it was never held.</summary>
    public DateOnly? VacantSince(DateOnly today) =>
        IsVacant(today) ? _tenures.Where(t => t.EndedOn is not null && t.EndedOn <= today).Max(t => t.EndedOn) : null;

    public bool TermEndsWithin(DateOnly today, int days = TermEndingSoonDays) =>
        CurrentTenure(today) is { } t && t.TermEndsOn <= today.AddDays(days);

    /// <summary>Use <see cref="Committee.Assign"/>, which also checks the organisation's other seats.</summary>
    internal SeatTenure Assign(Organisation organisation, string representative, DateOnly startDate, DateOnly termEndsOn)
    {
        if (OpenTenure is not null)
        {
            throw new DomainException("SeatAlreadyHeld", "Seat {0} is already held; end the current tenure first.", Number);
        }
        if (_tenures.Any(t => t.EndedOn > startDate))
        {
            throw new DomainException("TenuresOverlap", "A tenure of seat {0} must start after the previous one ended.", Number) { Field = nameof(SeatTenure.StartDate) };
        }
        var tenure = new SeatTenure(this, organisation, representative, startDate, termEndsOn);
        _tenures.Add(tenure);
        return tenure;
    }
}
