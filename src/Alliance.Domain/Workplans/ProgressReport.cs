namespace Alliance.Domain.Workplans;

/// <summary>
/// What a lead reports about an activity's progress. <see cref="SubmissionId"/> identifies one
/// submission of the form, so that posting it twice records it once.
/// </summary>
public sealed record ProgressReport(
    ActivityStatus Status,
    int PercentComplete,
    string Narrative,
    string? EvidenceUrl,
    bool DecreaseExplained = false,
    Guid SubmissionId = default)
{
    public Guid SubmissionId { get; init; } = SubmissionId == Guid.Empty ? Guid.NewGuid() : SubmissionId;
}
