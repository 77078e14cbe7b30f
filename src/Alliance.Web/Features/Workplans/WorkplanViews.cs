using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;
using Alliance.Web.Features.Plans;

namespace Alliance.Web.Features.Workplans;

// What the workplan pages show: small read models projected by WorkplanService.

public sealed record GroupSummary(
    int Id, string Slug, LocalizedText Name, string ShortName, LocalizedText Kind,
    IReadOnlyList<string> CoLeads, IReadOnlyList<string> Leads,
    IReadOnlyDictionary<ActivityStatus, int> StatusCounts, DateTime? LastUpdate)
{
    public int ActivityCount => StatusCounts.Values.Sum();

    public int Count(ActivityStatus status) => StatusCounts.GetValueOrDefault(status);
}

public sealed record ActivityRow(
    int Id, string Title, ElementName Objective, LocalizedText Category,
    ActivityStatus Status, int PercentComplete, DateOnly StartDate, DateOnly DueDate, string? Deliverable,
    DateTime? LastUpdate, AttentionReasons Attention);

public sealed record WorkplanFilter(string? ObjectiveCode, ActivityStatus? Status)
{
    public static WorkplanFilter None { get; } = new(null, null);

    public bool IsActive => ObjectiveCode is not null || Status is not null;
}

public sealed record GroupWorkplan(
    GroupSummary Group, LocalizedText Mission, IReadOnlyList<string> MemberOrganisations,
    IReadOnlyList<ElementName> Objectives, WorkplanFilter Filter, IReadOnlyList<ActivityRow> Activities,
    bool CanUpdateProgress, bool CanManage)
{
    /// <summary>The past day shown, or null for today.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The group's co-lead terms, newest first, as they stood on the day shown: the rotation of its co-leads.</summary>
    public IReadOnlyList<CoLeadTerm> CoLeadTerms { get; init; } = [];
}

/// <summary>An organisation's term as co-lead; <paramref name="EndedOn"/> null while it runs.</summary>
public sealed record CoLeadTerm(string Organisation, DateOnly Since, DateOnly? EndedOn);

public sealed record ProgressEntry(
    int Id, DateTime RecordedAt, string AuthorName, ActivityStatus Status, int PercentComplete, int PreviousPercentComplete,
    string Narrative, string? EvidenceUrl);

public sealed record ActivityView(
    int Id, string Title, string? Description, string? Deliverable, string GroupSlug, LocalizedText GroupName,
    ElementName Objective, LocalizedText Category, DateOnly StartDate, DateOnly DueDate,
    ActivityStatus Status, int PercentComplete, bool IsArchived, AttentionReasons Attention,
    IReadOnlyList<ProgressEntry> History, bool CanUpdateProgress)
{
    /// <summary>The cross-cutting elements the activity serves besides its main one.</summary>
    public IReadOnlyList<ElementName> ContributesTo { get; init; } = [];

    /// <summary>What became of it when its plan closed, not completed, and why; null while its plan runs.</summary>
    public ActivityDisposition? Disposition { get; init; }
    public string? DispositionReason { get; init; }

    /// <summary>The activity of the previous plan this one continues, and the one of the next plan that continues it.</summary>
    public LinkedActivity? CarriedFrom { get; init; }
    public LinkedActivity? CarriedInto { get; init; }
}

/// <summary>An activity of another plan linked to this one by a carry-over.</summary>
public sealed record LinkedActivity(int Id, string Title, int StartYear, int EndYear);
