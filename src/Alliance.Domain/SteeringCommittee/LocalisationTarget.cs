namespace Alliance.Domain.SteeringCommittee;

public enum TargetStatus
{
    OnTrack,
    Met,
    Missed,
}

/// <summary>Where the plan's seat target stands on a given day, and which seats count toward it.</summary>
public sealed record LocalisationProgress(int Filled, int Target, DateOnly Deadline, TargetStatus Status, IReadOnlyList<int> FilledSeatNumbers);

/// <summary>
/// Objective C of the 2018–2020 plan: the four seats vacant when it was adopted are filled by
/// local, national or regional organisations by 31 December 2020. Measured from the tenures: a
/// seat counts once a local, national or regional organisation's tenure of it started between the
/// plan's start and the deadline (and no later than the day assessed). Never typed in.
/// </summary>
public static class LocalisationTarget
{
    public const int Seats = 4;
    public static readonly DateOnly WindowStart = new(2018, 1, 1);
    public static readonly DateOnly Deadline = new(2020, 12, 31);

    public static LocalisationProgress Assess(IEnumerable<SteeringCommitteeSeat> seats, DateOnly today)
    {
        var cutoff = today < Deadline ? today : Deadline;
        var filled = seats
            .Where(seat => seat.Tenures.Any(t => t.StartDate >= WindowStart && t.StartDate <= cutoff && t.Organisation.IsLocalNationalOrRegional))
            .Select(seat => seat.Number)
            .Order()
            .ToList();
        var status = filled.Count >= Seats ? TargetStatus.Met
            : today > Deadline ? TargetStatus.Missed
            : TargetStatus.OnTrack;
        return new LocalisationProgress(filled.Count, Seats, Deadline, status, filled);
    }
}
