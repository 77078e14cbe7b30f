using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.Workplans;
using Alliance.Web.Features.Objectives;

namespace Alliance.Web.Features.Dashboard;

/// <summary>The dashboard's filters, from the address: a working group's slug, a category of work's code.</summary>
public sealed record DashboardFilter(string? GroupSlug = null, string? CategoryCode = null)
{
    public static readonly DashboardFilter None = new();

    public bool IsEmpty => GroupSlug is null && CategoryCode is null;
}

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
    int OverdueTotal, IReadOnlyList<OverdueActivity> Overdue, IReadOnlyList<SilentGroup> SilentGroups);
