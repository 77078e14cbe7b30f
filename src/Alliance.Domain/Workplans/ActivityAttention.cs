namespace Alliance.Domain.Workplans;

[Flags]
public enum AttentionReasons
{
    None = 0,

    /// <summary>Past its due date and neither completed nor cancelled.</summary>
    Overdue = 1,

    /// <summary>Open, started, and no progress update for <see cref="Activity.StaleAfterDays"/> days.</summary>
    NoRecentUpdate = 2,
}

/// <summary>Why an activity needs attention, from the few facts a list query reads.</summary>
public static class ActivityAttention
{
    public static AttentionReasons Assess(ActivityStatus status, DateOnly startDate, DateOnly dueDate, DateTime? lastUpdateUtc, DateOnly today)
    {
        if (status is ActivityStatus.Completed or ActivityStatus.Cancelled)
        {
            return AttentionReasons.None;
        }
        var reasons = AttentionReasons.None;
        if (dueDate < today)
        {
            reasons |= AttentionReasons.Overdue;
        }
        // Silence counts from the last update, or from the start for an activity never updated.
        var quietSince = lastUpdateUtc is { } last ? DateOnly.FromDateTime(last) : startDate;
        if (startDate <= today && quietSince.AddDays(Activity.StaleAfterDays) < today)
        {
            reasons |= AttentionReasons.NoRecentUpdate;
        }
        return reasons;
    }
}
