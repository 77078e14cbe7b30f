namespace Alliance.Domain.Workplans;

/// <summary>What became of an activity not completed when its plan closed. Named for people in SharedStrings (<c>ActivityDisposition_{Value}</c>).</summary>
public enum ActivityDisposition
{
    /// <summary>Carried into the next plan: a new activity there continues it, and each links to the other.</summary>
    CarriedOver,

    /// <summary>Closed where it stood: the work ends with the plan, as far as it went.</summary>
    Closed,

    /// <summary>Dropped: the work is given up.</summary>
    Dropped,
}
