namespace Alliance.Domain.Workplans;

/// <summary>What a lead reports about an activity's progress.</summary>
public sealed record ProgressReport(
    ActivityStatus Status,
    int PercentComplete,
    string Narrative,
    string? EvidenceUrl,
    bool DecreaseExplained = false);
