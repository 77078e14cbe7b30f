using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;

namespace Alliance.Domain.Workplans;

/// <summary>A group's workplan for one strategic plan: the activities it commits to.</summary>
public class Workplan
{
    private readonly List<Activity> _activities = [];

    private Workplan()
    {
    }

    public Workplan(WorkingGroup group, StrategicPlan plan)
    {
        WorkingGroup = group;
        Plan = plan;
    }

    public int Id { get; private set; }
    public int WorkingGroupId { get; private set; }
    public WorkingGroup WorkingGroup { get; private set; } = null!;
    public int StrategicPlanId { get; private set; }
    public StrategicPlan Plan { get; private set; } = null!;
    public IReadOnlyList<Activity> Activities => _activities;

    public Activity AddActivity(ActivityDetails details)
    {
        EnsureObjectiveBelongsToPlan(details.Objective);
        EnsureTitleFree(details.Title, except: null);
        var activity = new Activity(this, details);
        _activities.Add(activity);
        return activity;
    }

    /// <summary>Titles are unique among a workplan's live activities (case aside); archived ones do not count.</summary>
    internal void EnsureTitleFree(string? title, Activity? except)
    {
        var wanted = PlainText.SingleLine(title);
        if (_activities.Any(a => a != except && !a.IsArchived && string.Equals(a.Title, wanted, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("DuplicateActivityTitle", "This workplan already has an activity titled \"{0}\".", wanted) { Field = nameof(Activity.Title) };
        }
    }

    internal void EnsureObjectiveBelongsToPlan(Objective objective, string field = nameof(Activity.Objective))
    {
        var samePlan = objective.Plan == Plan || (objective.StrategicPlanId != 0 && objective.StrategicPlanId == StrategicPlanId);
        if (!samePlan)
        {
            throw new DomainException("ObjectiveNotInPlan", "The objective must belong to the workplan's strategic plan.") { Field = field };
        }
    }

    internal void EnsureCategoryBelongsToPlan(CategoryOfWork category)
    {
        var samePlan = category.Plan == Plan || (category.StrategicPlanId != 0 && category.StrategicPlanId == StrategicPlanId);
        if (!samePlan)
        {
            throw new DomainException("CategoryNotInPlan", "Choose a category of work of the workplan's strategic plan.") { Field = nameof(Activity.Category) };
        }
    }
}
