using Alliance.Domain.Plans;

namespace Alliance.Domain.Workplans;

/// <summary>A cross-cutting element of the plan (a secondary priority) that an activity serves besides its main element.</summary>
public class ActivityContribution
{
    private ActivityContribution()
    {
    }

    internal ActivityContribution(Activity activity, Objective objective)
    {
        Activity = activity;
        Objective = objective;
    }

    public int ActivityId { get; private set; }
    public Activity Activity { get; private set; } = null!;
    public int ObjectiveId { get; private set; }
    public Objective Objective { get; private set; } = null!;
}
