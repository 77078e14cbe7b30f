using Alliance.Domain.Workplans;
using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.Workplans;

/// <summary>
/// What the secretariat types about an activity on the manage page. Choices and dates are text
/// (codes, yyyy-MM-dd) so that anything entered comes back unchanged with a message, never lost.
/// </summary>
public sealed class ActivityForm : IChangeForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? ObjectiveCode { get; set; }
    public string? CategoryCode { get; set; }
    public string? StartDate { get; set; }
    public string? DueDate { get; set; }
    public string? Deliverable { get; set; }

    /// <summary>The codes of the cross-cutting elements the activity also serves.</summary>
    public List<string> ContributesTo { get; set; } = [];

    /// <summary>The activity's version when the form was loaded (empty for a new activity): a later save by someone else is a conflict.</summary>
    public Guid Version { get; set; }

    public static ActivityForm For(ManagedActivity activity) => new()
    {
        Title = activity.Title,
        Description = activity.Description,
        ObjectiveCode = activity.Objective.Code,
        CategoryCode = activity.CategoryCode,
        StartDate = PostedText.Iso(activity.StartDate),
        DueDate = PostedText.Iso(activity.DueDate),
        Deliverable = activity.Deliverable,
        ContributesTo = [.. activity.ContributesTo],
        Version = activity.Version,
    };

    /// <summary>The codes as a plan stores them (objective upper case, category lower case), empty when none was chosen.</summary>
    public (string Objective, string Category) Codes => (ObjectiveCode?.Trim().ToUpperInvariant() ?? "", CategoryCode?.Trim().ToLowerInvariant() ?? "");

    /// <summary>The start and due dates as typed, each null (with its message) when it cannot be read; the title checked for presence.</summary>
    public (DateOnly? Start, DateOnly? Due) ReadDates(FormErrors errors)
    {
        PostedText.Required(Title, nameof(Title), errors);
        return (PostedText.Date(StartDate, nameof(StartDate), errors), PostedText.Date(DueDate, nameof(DueDate), errors));
    }

    /// <summary>The cross-cutting elements' codes as a plan stores them, each once, and never the main element (its box is not shown).</summary>
    public IReadOnlyList<string> ContributionCodes =>
        [.. ContributesTo.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().Where(c => c != Codes.Objective)];

    string IChangeForm.InputFor(string field) => field == nameof(Activity.Objective) ? nameof(ObjectiveCode) : field;
}
