namespace Alliance.Domain.Workplans;

public enum ActivityStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
    Completed,
    Cancelled,
}
