namespace Alliance.Domain.Plans;

/// <summary>What the portal computes an indicator from, instead of a value typed in.</summary>
public enum ComputedMetric
{
    /// <summary>Share of the objective's live activities that are completed.</summary>
    ObjectiveActivitiesCompletedPercent,

    /// <summary>Steering-committee seats currently held by local, national or regional organisations.</summary>
    SeatsHeldByLocalNationalOrRegional,

    /// <summary>Share of members joined since the membership launch that are local or national.</summary>
    NewMembersLocalOrNationalPercent,

    /// <summary>Share of working groups and task forces with a local or national co-lead.</summary>
    GroupsCoLedByLocalOrNationalPercent,
}

public static class ComputedMetricExtensions
{
    public static IndicatorUnit Unit(this ComputedMetric metric) => metric switch
    {
        ComputedMetric.SeatsHeldByLocalNationalOrRegional => IndicatorUnit.Count,
        _ => IndicatorUnit.Percent,
    };
}
