using System.Globalization;

namespace Alliance.Web.Features.Workplans;

/// <summary>
/// What the secretariat types about an activity on the manage page. Choices and dates are text
/// (codes, yyyy-MM-dd) so that anything entered comes back unchanged with a message, never lost.
/// </summary>
public sealed class ActivityForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? ObjectiveCode { get; set; }
    public string? CategoryCode { get; set; }
    public string? StartDate { get; set; }
    public string? DueDate { get; set; }
    public string? Deliverable { get; set; }

    /// <summary>The activity's version when the form was loaded (empty for a new activity): a later save by someone else is a conflict.</summary>
    public Guid Version { get; set; }

    public static ActivityForm For(ManagedActivity activity) => new()
    {
        Title = activity.Title,
        Description = activity.Description,
        ObjectiveCode = activity.ObjectiveCode,
        CategoryCode = activity.CategoryCode,
        StartDate = Iso(activity.StartDate),
        DueDate = Iso(activity.DueDate),
        Deliverable = activity.Deliverable,
        Version = activity.Version,
    };

    /// <summary>The format of an HTML date input, whatever the user's language.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
