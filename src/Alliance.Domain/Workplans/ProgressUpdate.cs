namespace Alliance.Domain.Workplans;

/// <summary>One entry of an activity's progress history. Never changed once recorded.</summary>
public class ProgressUpdate
{
    public const int NarrativeMaxLength = 4000;
    public const int EvidenceUrlMaxLength = 500;
    public const int AuthorNameMaxLength = 200;

    private ProgressUpdate()
    {
        AuthorUserId = AuthorName = Narrative = "";
    }

    internal ProgressUpdate(Activity activity, ProgressReport report, int previousPercent, string authorUserId, string authorName, DateTime recordedAtUtc)
    {
        if (recordedAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Progress is time-stamped in UTC.", nameof(recordedAtUtc));
        }
        Activity = activity;
        Status = report.Status;
        PercentComplete = report.PercentComplete;
        PreviousPercentComplete = previousPercent;
        Narrative = Guard.RequiredLines(report.Narrative, nameof(Narrative), NarrativeMaxLength);
        EvidenceUrl = Guard.HttpUrl(report.EvidenceUrl, nameof(EvidenceUrl), EvidenceUrlMaxLength);
        AuthorUserId = Guard.Required(authorUserId, nameof(AuthorUserId), WorkingGroups.WorkingGroupLead.UserIdMaxLength);
        AuthorName = Guard.Required(authorName, nameof(AuthorName), AuthorNameMaxLength);
        RecordedAt = recordedAtUtc;
        SubmissionId = report.SubmissionId;
    }

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public Activity Activity { get; private set; } = null!;
    public DateTime RecordedAt { get; private set; }
    public string AuthorUserId { get; private set; }
    public string AuthorName { get; private set; }
    public ActivityStatus Status { get; private set; }
    public int PercentComplete { get; private set; }
    public int PreviousPercentComplete { get; private set; }
    public string Narrative { get; private set; }
    public string? EvidenceUrl { get; private set; }

    /// <summary>The form submission that recorded this update; unique, so a repeated post adds nothing.</summary>
    public Guid SubmissionId { get; private set; }
}
