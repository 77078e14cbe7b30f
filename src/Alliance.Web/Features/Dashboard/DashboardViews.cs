using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.Workplans;
using Alliance.Web.Features.Objectives;

namespace Alliance.Web.Features.Dashboard;

/// <summary>
/// The dashboard's filters, from the address: a working group's slug, a category of work's code, the plan shown
/// (<c>?plan=2018-2020</c>; the plan in force by default) and the day (<c>?on=</c>; today by default).
/// </summary>
public sealed record DashboardFilter(string? GroupSlug = null, string? CategoryCode = null, string? PlanSlug = null, DateOnly? On = null)
{
    public static readonly DashboardFilter None = new();

    /// <summary>No group nor category chosen: the plan and the day are not filters of the activities.</summary>
    public bool IsEmpty => GroupSlug is null && CategoryCode is null;
}

/// <summary>A plan the dashboard can show, for its switcher.</summary>
public sealed record PlanChoice(string Slug, int StartYear, int EndYear, PlanStatus Status);

public sealed record GroupLink(string Slug, LocalizedText Name, string ShortName);

/// <summary>
/// One element's card: its live activities by status, completion, overdue count and contributing groups (all filtered),
/// and its indicators (never filtered: an indicator describes the whole plan), each with its latest value only.
/// A cross-cutting element counts the activities that contribute to it besides their main element (<paramref name="Contributing"/> of them).
/// </summary>
public sealed record ObjectiveSummary(
    Plans.ElementName Name, Plans.ElementKindView Kind, LocalizedText Statement,
    IReadOnlyDictionary<ActivityStatus, int> ByStatus, int Contributing, int Overdue, int? Completion, IReadOnlyList<GroupLink> Groups,
    IReadOnlyList<IndicatorView> Indicators)
{
    public string Code => Name.Code;

    public LocalizedText Title => Name.Title;

    public int Activities => ByStatus.Values.Sum();
}

/// <summary>Objective C's three localisation figures, computed from seats, members and co-leads (decision 0008).</summary>
public sealed record LocalisationFigures(
    int SeatsHeldByLocalNationalOrRegional, Plans.CommitmentView? SeatCommitment,
    int NewMembers, int NewLocalOrNational, decimal? NewMembersTarget,
    int Groups, int GroupsCoLedByLocalOrNational)
{
    public double? NewLocalOrNationalShare => NewMembers == 0 ? null : 100.0 * NewLocalOrNational / NewMembers;

    public double? CoLedShare => Groups == 0 ? null : 100.0 * GroupsCoLedByLocalOrNational / Groups;
}

public sealed record OverdueActivity(int Id, string Title, GroupLink Group, string ObjectiveCode, ActivityStatus Status, DateOnly DueDate, AttentionReasons Reasons);

public sealed record SilentGroup(GroupLink Group, DateTime? LastUpdate);

public sealed record DashboardView(
    LocalizedText PlanTitle, int StartYear, int EndYear, DateOnly Today, DashboardFilter Filter,
    IReadOnlyList<GroupLink> GroupOptions, IReadOnlyList<Plans.CategoryOption> CategoryOptions,
    IReadOnlyList<Plans.ElementKindView> Kinds, IReadOnlyList<ObjectiveSummary> Objectives, LocalisationFigures Localisation,
    int OverdueTotal, IReadOnlyList<OverdueActivity> Overdue, IReadOnlyList<SilentGroup> SilentGroups)
{
    /// <summary>The past day the figures stand for (a day asked, or a closed plan's results day); null for today.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The plan shown, its status, and every plan the switcher offers.</summary>
    public string PlanSlug { get; init; } = "";
    public PlanStatus PlanStatus { get; init; }

    /// <summary>For a closed plan, the day its final results stand for.</summary>
    public DateOnly? ResultsOn { get; init; }

    /// <summary>The plan shown is not the plan in force: links to its elements name it.</summary>
    public bool IsOtherPlan { get; init; }
    public IReadOnlyList<PlanChoice> Plans { get; init; } = [];
}
