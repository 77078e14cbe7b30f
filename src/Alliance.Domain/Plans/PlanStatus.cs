namespace Alliance.Domain.Plans;

/// <summary>Where a plan is in its life: built by staff, in force (one at a time), or closed with its results frozen.</summary>
public enum PlanStatus
{
    Draft,
    InForce,
    Closed,
}
