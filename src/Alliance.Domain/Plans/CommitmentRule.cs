namespace Alliance.Domain.Plans;

/// <summary>
/// The rules the portal can assess a plan's commitment by, from its own data. How each reads the
/// plan is decision 0017.
/// </summary>
public enum CommitmentRule
{
    /// <summary>The seats vacant on the plan's adoption day are held by local, national or regional organisations on the deadline.</summary>
    VacantSeatsFilled,

    /// <summary>Of the members that joined on or after a day, at least a share are local or national.</summary>
    NewMembersLocalShare,

    /// <summary>Of the Alliance's groups, at least a share are co-led by a local or national organisation.</summary>
    GroupsCoLedLocalShare,

    /// <summary>Of the live, not cancelled activities whose main element is the commitment's element, at least a share are completed.</summary>
    ElementActivitiesCompleted,
}

/// <summary>What an assessment says of a commitment on a day.</summary>
public enum CommitmentVerdict
{
    /// <summary>Done: for a count to reach, as soon as it is reached; for a share to keep, when it holds on the deadline.</summary>
    Met,

    /// <summary>Not reached yet, and the deadline is ahead.</summary>
    Open,

    /// <summary>A share to keep that holds today, before the deadline.</summary>
    OnTrack,

    /// <summary>A share to keep that does not hold today, before the deadline.</summary>
    Behind,

    /// <summary>Not met on the deadline.</summary>
    Missed,
}
