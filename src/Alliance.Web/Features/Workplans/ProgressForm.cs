namespace Alliance.Web.Features.Workplans;

/// <summary>
/// The progress-update form as posted. Numbers and choices arrive as text so that anything a
/// browser sends comes back to the lead unchanged, with a message, instead of being lost.
/// </summary>
public sealed class ProgressForm
{
    public string? Status { get; set; }
    public string? PercentComplete { get; set; }
    public string? Narrative { get; set; }
    public string? EvidenceUrl { get; set; }
    public bool DecreaseExplained { get; set; }

    /// <summary>The newest update the lead had seen: any later one is a conflict, shown to them.</summary>
    public int LastSeenUpdateId { get; set; }

    /// <summary>Identifies this submission, so that a second click records nothing more.</summary>
    public Guid SubmissionId { get; set; }
}
