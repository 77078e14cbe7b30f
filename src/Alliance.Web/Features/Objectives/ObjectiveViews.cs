using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;

namespace Alliance.Web.Features.Objectives;

/// <summary>One value of an indicator: recorded by the secretariat, or computed today from the portal's data.</summary>
public sealed record IndicatorPoint(DateOnly Date, decimal Value, string? Note, string? SourceUrl);

/// <summary>One re-baselining of an indicator as its page lists it.</summary>
public sealed record RebaselineView(
    DateOnly ChangedOn, string ChangedBy, decimal OldBaseline, DateOnly OldBaselineDate, decimal OldTarget, DateOnly OldTargetDate,
    decimal NewBaseline, DateOnly NewBaselineDate, decimal NewTarget, DateOnly NewTargetDate, string Reason);

/// <summary>
/// An indicator as the objective page shows it, with its history oldest first, its milestones and where it stands
/// today; the page also shows how it is measured and its re-baselinings (the dashboard leaves these empty).
/// </summary>
public sealed record IndicatorView(
    int Id, LocalizedText Name, IndicatorUnit Unit, ComputedMetric? Metric, decimal Baseline, DateOnly BaselineDate,
    decimal Target, DateOnly TargetDate, IReadOnlyList<IndicatorPoint> History, IndicatorProgress Progress,
    IReadOnlyList<Milestone> Milestones, IndicatorDefinition Definition, IReadOnlyList<RebaselineView> Rebaselines)
{
    public bool IsComputed => Metric is not null;
    public IndicatorPoint? Latest => History.Count == 0 ? null : History[^1];
}

/// <summary>An activity serving the element: as its main element, or (<paramref name="Contributes"/>) as a cross-cutting one besides its main element.</summary>
public sealed record ObjectiveActivity(int Id, string Title, ActivityStatus Status, int PercentComplete, DateOnly DueDate, bool Contributes = false);

/// <summary>A working group's live activities that serve the objective.</summary>
public sealed record ContributingGroup(string Slug, LocalizedText Name, IReadOnlyList<ObjectiveActivity> Activities);

public sealed record ObjectiveDetails(
    Plans.ElementName Name, LocalizedText Statement, DateOnly Today,
    IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<ContributingGroup> Groups, bool CanManageIndicators)
{
    /// <summary>The element's plan when it is not the plan in force; null for the plan in force.</summary>
    public string? PlanSlug { get; init; }

    /// <summary>For a closed plan's element, the day its figures stand for.</summary>
    public DateOnly? ResultsOn { get; init; }
}
