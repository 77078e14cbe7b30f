using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Domain.Plans;

/// <summary>What a commitment's assessment rests on: one seat, one member, one group or one activity.</summary>
/// <param name="Reference">The seat's number, the organisation's name, the group's short name or the activity's title.</param>
/// <param name="Counts">Whether it counts toward the commitment on the day assessed.</param>
/// <param name="Holder">The organisation that holds the seat, the group's local or national co-lead (or its first co-lead), or the activity's group's short name.</param>
/// <param name="Date">Since when the holder holds the seat or co-leads the group, when the member joined, or when the activity is due.</param>
public sealed record CommitmentEvidence(string Reference, bool Counts, string? Holder, DateOnly? Date);

/// <summary>What an assessment reads of a commitment and its plan.</summary>
public sealed record CommitmentTerms(CommitmentRule Rule, DateOnly AdoptedOn, DateOnly Deadline, decimal? SharePercent, DateOnly? Since, int? ElementId = null)
{
    /// <summary>The terms of a commitment loaded with its plan.</summary>
    public static CommitmentTerms Of(Commitment commitment) =>
        new(commitment.Rule, commitment.Plan.AdoptedOn, commitment.Deadline, commitment.SharePercent, commitment.Since, commitment.ElementId);
}

/// <summary>
/// The portal's data an assessment reads: the seats with their tenures, the organisations, the groups
/// with their co-lead terms, and the activities with their progress updates. A caller loads only what its
/// commitments' rules read (<see cref="CommitmentAssessment.Reads"/>).
/// </summary>
public sealed record CommitmentData(
    IReadOnlyCollection<SteeringCommitteeSeat> Seats, IReadOnlyCollection<Organisation> Organisations,
    IReadOnlyCollection<WorkingGroup> Groups, IReadOnlyCollection<Activity> Activities)
{
    public static CommitmentData OfSeats(IReadOnlyCollection<SteeringCommitteeSeat> seats) => new(seats, [], [], []);
}

/// <summary>The kinds of data some rules read: what a caller loads for them.</summary>
public readonly record struct CommitmentInputs(bool Seats, bool Organisations, bool Groups, bool Activities)
{
    public static CommitmentInputs operator |(CommitmentInputs a, CommitmentInputs b) =>
        new(a.Seats || b.Seats, a.Organisations || b.Organisations, a.Groups || b.Groups, a.Activities || b.Activities);
}

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
    public static CommitmentAssessment Of(Commitment commitment, DateOnly day, CommitmentData data) => Of(CommitmentTerms.Of(commitment), day, data);

    /// <summary>The same from a commitment's terms, as a query reads them.</summary>
    public static CommitmentAssessment Of(CommitmentTerms terms, DateOnly day, CommitmentData data) => terms.Rule switch
    {
        CommitmentRule.VacantSeatsFilled => VacantSeatsFilled(terms.AdoptedOn, terms.Deadline, day, data.Seats),
        CommitmentRule.NewMembersLocalShare => NewMembersLocalShare(terms.Since!.Value, terms.SharePercent!.Value, terms.Deadline, day, data.Organisations),
        CommitmentRule.GroupsCoLedLocalShare => GroupsCoLedLocalShare(terms.SharePercent!.Value, terms.Deadline, day, data.Groups),
        CommitmentRule.ElementActivitiesCompleted => ElementActivitiesCompleted(terms.ElementId!.Value, terms.SharePercent!.Value, terms.Deadline, day, data.Activities),
        _ => throw new ArgumentOutOfRangeException(nameof(terms), terms.Rule, "No assessment for this rule."),
    };

    /// <summary>What a rule reads of the portal's data.</summary>
    public static CommitmentInputs Reads(CommitmentRule rule) => rule switch
    {
        CommitmentRule.VacantSeatsFilled => new CommitmentInputs(Seats: true, false, false, false),
        CommitmentRule.NewMembersLocalShare => new CommitmentInputs(false, Organisations: true, false, false),
        CommitmentRule.GroupsCoLedLocalShare => new CommitmentInputs(false, false, Groups: true, false),
        CommitmentRule.ElementActivitiesCompleted => new CommitmentInputs(false, false, false, Activities: true),
        _ => default,
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
        return Share(evidence, sharePercent, deadline, day, on, shortBeforeDeadline: CommitmentVerdict.Behind);
    }

    /// <summary>
    /// The groups on the day assessed (the deadline at the latest), each counted when a local or national
    /// organisation co-leads it that day. A share to keep, as the new-members rule.
    /// </summary>
    public static CommitmentAssessment GroupsCoLedLocalShare(decimal sharePercent, DateOnly deadline, DateOnly day, IEnumerable<WorkingGroup> groups)
    {
        var on = Earlier(day, deadline);
        var evidence = groups
            .OrderBy(g => g.ShortName, StringComparer.Ordinal)
            .Select(g =>
            {
                var terms = g.CoLeadsOn(on).OrderBy(c => c.Since).ToList();
                var local = terms.FirstOrDefault(c => c.Organisation.IsLocalOrNational);
                var shown = local ?? terms.FirstOrDefault();
                return new CommitmentEvidence(g.ShortName, local is not null, shown?.Organisation.Name, shown?.Since);
            })
            .ToList();
        return Share(evidence, sharePercent, deadline, day, on, shortBeforeDeadline: CommitmentVerdict.Behind);
    }

    /// <summary>
    /// The element's live activities, each counted when its last progress update by the day assessed
    /// (the deadline at the latest) left it completed; one cancelled by then is left out, as the
    /// activities-completed indicator leaves it out. A share to reach by the deadline: on track while it
    /// holds, open while it does not, then met or missed on the deadline.
    /// </summary>
    public static CommitmentAssessment ElementActivitiesCompleted(int elementId, decimal sharePercent, DateOnly deadline, DateOnly day,
        IEnumerable<Activity> activities)
    {
        var on = Earlier(day, deadline);
        var evidence = activities
            .Where(a => a.ObjectiveId == elementId && !a.IsArchived)
            .Select(a => (Activity: a, Status: a.StatusOn(on)))
            .Where(a => a.Status != ActivityStatus.Cancelled)
            .OrderBy(a => a.Activity.DueDate).ThenBy(a => a.Activity.Title, StringComparer.Ordinal)
            .Select(a => new CommitmentEvidence(a.Activity.Title, a.Status == ActivityStatus.Completed, a.Activity.Workplan?.WorkingGroup?.ShortName, a.Activity.DueDate))
            .ToList();
        return Share(evidence, sharePercent, deadline, day, on, shortBeforeDeadline: CommitmentVerdict.Open);
    }

    /// <summary>
    /// A share of the evidence that counts: met or missed from the deadline on; before it, on track while it holds, else
    /// <paramref name="shortBeforeDeadline"/> (behind for a share to keep, open for a share to reach). Nothing to count is
    /// a share of nothing, which meets no share above 0.
    /// </summary>
    private static CommitmentAssessment Share(List<CommitmentEvidence> evidence, decimal sharePercent, DateOnly deadline, DateOnly day, DateOnly on,
        CommitmentVerdict shortBeforeDeadline)
    {
        var share = evidence.Count == 0 ? 0m : Math.Round(100m * evidence.Count(e => e.Counts) / evidence.Count, 1);
        var holds = evidence.Count > 0 ? share >= sharePercent : sharePercent == 0;
        var verdict = day >= deadline
            ? holds ? CommitmentVerdict.Met : CommitmentVerdict.Missed
            : holds ? CommitmentVerdict.OnTrack : shortBeforeDeadline;
        return new CommitmentAssessment(verdict, on, share, sharePercent, evidence);
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
