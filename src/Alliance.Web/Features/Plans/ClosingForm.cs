using Alliance.Domain.Workplans;
using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.Plans;

/// <summary>
/// Putting a draft in force closes the plan in force: for each of its activities not completed, what becomes of it.
/// Choices are text, so that whatever was chosen comes back with a message, never lost.
/// </summary>
public sealed class ClosingForm : IChangeForm
{
    /// <summary>The draft's version when the page was loaded.</summary>
    public Guid Version { get; set; }

    public List<ClosingDecision> Decisions { get; set; } = [];
}

/// <summary>One activity of the closing plan: carried over (into an element of the draft), closed or dropped, and why.</summary>
public sealed class ClosingDecision : IChangeForm
{
    public int ActivityId { get; set; }

    /// <summary>An <see cref="ActivityDisposition"/> by name.</summary>
    public string? Choice { get; set; }

    /// <summary>The draft's element the carried activity serves (carrying over only).</summary>
    public string? ElementCode { get; set; }

    public string? Reason { get; set; }

    /// <summary>The input of this activity's row that shows a message about <paramref name="part"/>.</summary>
    public static string Input(int activityId, string part) => $"Activity{activityId}{part}";

    string IChangeForm.InputFor(string field) => Input(ActivityId, field switch
    {
        nameof(Activity.DispositionReason) => nameof(Reason),
        nameof(Activity.Objective) => nameof(ElementCode),
        nameof(Activity.Title) => nameof(Choice),
        _ => field,
    });
}

/// <summary>An activity of the plan in force that its closing must decide on, as the put-in-force desk lists it.</summary>
public sealed record ClosingActivity(int Id, string Title, string GroupShortName, ElementName Element, ActivityStatus Status, int PercentComplete, DateOnly DueDate);
