using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;

namespace Alliance.Domain.Plans;

/// <summary>What a commitment's assessment rests on: one seat, or one member.</summary>
/// <param name="Reference">The seat's number, or the organisation's name.</param>
/// <param name="Counts">Whether it counts toward the commitment on the day assessed.</param>
/// <param name="Holder">The organisation that holds the seat on that day (seats only).</param>
/// <param name="Date">Since when the holder holds the seat, or when the member joined.</param>
public sealed record CommitmentEvidence(string Reference, bool Counts, string? Holder, DateOnly? Date);

/// <summary>What an assessment reads of a commitment and its plan.</summary>
public sealed record CommitmentTerms(CommitmentRule Rule, DateOnly AdoptedOn, DateOnly Deadline, decimal? SharePercent, DateOnly? Since);

/// <summary>
/// A commitment as it stands on a day: the verdict, the figure reached against the figure required
/// (seats filled of seats to fill; percent of new members against the share), and the evidence.
/// </summary>
public sealed record CommitmentAssessment(
    CommitmentVerdict Verdict, DateOnly AssessedOn, decimal Achieved, decimal Required, IReadOnlyList<CommitmentEvidence> Evidence)
{
    /// <summary>
    /// Assesses a commitment on <paramref name="day"/> from the portal's data. From the deadline on
    /// the assessment is the deadline's, and final.
    /// </summary>
    public static CommitmentAssessment Of(Commitment commitment, DateOnly day, IReadOnlyCollection<SteeringCommitteeSeat> seats,
        IReadOnlyCollection<Organisation> organisations) =>
        Of(new CommitmentTerms(commitment.Rule, commitment.Plan.AdoptedOn, commitment.Deadline, commitment.SharePercent, commitment.Since), day, seats, organisations);

    /// <summary>The same from a commitment's terms, as a query reads them.</summary>
    public static CommitmentAssessment Of(CommitmentTerms terms, DateOnly day, IReadOnlyCollection<SteeringCommitteeSeat> seats,
        IReadOnlyCollection<Organisation> organisations) => terms.Rule switch
    {
        CommitmentRule.VacantSeatsFilled => VacantSeatsFilled(terms.AdoptedOn, terms.Deadline, day, seats),
        CommitmentRule.NewMembersLocalShare => NewMembersLocalShare(terms.Since!.Value, terms.SharePercent!.Value, terms.Deadline, day, organisations),
        _ => throw new ArgumentOutOfRangeException(nameof(terms), terms.Rule, "No assessment for this rule."),
    };

    /// <summary>
    /// The seats vacant on the adoption day, each counted when a local, national or regional
    /// organisation holds it on the day assessed (the deadline at the latest). A count to reach: met
    /// as soon as every such seat is held so; before that, open until the deadline, then missed.
    /// </summary>
    public static CommitmentAssessment VacantSeatsFilled(DateOnly adoptedOn, DateOnly deadline, DateOnly day, IEnumerable<SteeringCommitteeSeat> seats)
    {
        var on = Earlier(day, deadline);
        var evidence = seats.Where(seat => seat.IsVacant(adoptedOn))
            .OrderBy(seat => seat.Number)
            .Select(seat => seat.CurrentTenure(on) is { } tenure
                ? new CommitmentEvidence(seat.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    tenure.Organisation.IsLocalNationalOrRegional, tenure.Organisation.Name, tenure.StartDate)
                : new CommitmentEvidence(seat.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), false, null, null))
            .ToList();
        var filled = evidence.Count(e => e.Counts);
        var verdict = filled == evidence.Count ? CommitmentVerdict.Met
            : day >= deadline ? CommitmentVerdict.Missed
            : CommitmentVerdict.Open;
        return new CommitmentAssessment(verdict, on, filled, evidence.Count, evidence);
    }

    /// <summary>
    /// The members on the day assessed (the deadline at the latest) that joined on or after
    /// <paramref name="since"/>: at least <paramref name="sharePercent"/> of them local or national.
    /// A share to keep: on track or behind before the deadline, met or missed from it on. No new
    /// member is a share of nothing, which meets no share above 0.
    /// </summary>
    public static CommitmentAssessment NewMembersLocalShare(DateOnly since, decimal sharePercent, DateOnly deadline, DateOnly day,
        IEnumerable<Organisation> organisations)
    {
        var on = Earlier(day, deadline);
        var evidence = organisations.Where(o => o.IsMemberOn(on) && o.JoinedOn >= since)
            .OrderBy(o => o.JoinedOn).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new CommitmentEvidence(o.Name, o.IsLocalOrNational, null, o.JoinedOn))
            .ToList();
        var share = evidence.Count == 0 ? 0m : Math.Round(100m * evidence.Count(e => e.Counts) / evidence.Count, 1);
        var holds = evidence.Count > 0 ? share >= sharePercent : sharePercent == 0;
        var verdict = day >= deadline
            ? holds ? CommitmentVerdict.Met : CommitmentVerdict.Missed
            : holds ? CommitmentVerdict.OnTrack : CommitmentVerdict.Behind;
        return new CommitmentAssessment(verdict, on, share, sharePercent, evidence);
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
