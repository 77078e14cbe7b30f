using Alliance.Domain.Workplans;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Workplans;

/// <summary>
/// The progress-update form as posted. Numbers and choices arrive as text so that anything a
/// browser sends comes back to the lead unchanged, with a message, instead of being lost. Inputs
/// are named as <see cref="ProgressReport"/> names its fields.
/// </summary>
public sealed class ProgressForm : IChangeForm
{
    public string? Status { get; set; }
    public string? PercentComplete { get; set; }
    public string? Narrative { get; set; }
    public string? EvidenceUrl { get; set; }
    public bool DecreaseExplained { get; set; }

    /// <summary>The newest update the lead had seen: any later one is a conflict, shown to them.</summary>
    public int LastSeenUpdateId { get; set; }

    /// <summary>Identifies this submission, so that a second click records nothing more.</summary>
    public Guid SubmissionId { get; set; }

    /// <summary>The report as typed, or null when the status or the percent cannot be read; the texts are checked either way, so every message shows at once.</summary>
    public ProgressReport? Read(FormErrors errors, IStringLocalizer<SharedStrings> localizer)
    {
        var status = PostedText.Choice<ActivityStatus>(Status, nameof(Status), errors, localizer["ChooseStatus"]);
        var percent = PostedText.WholeNumber(PercentComplete, nameof(PercentComplete), errors, localizer["PercentWholeNumber"]);
        if (status is null || percent is null)
        {
            errors.AddAll(Activity.CheckTexts(new ProgressReport(ActivityStatus.OnTrack, 0, Narrative ?? "", EvidenceUrl)), this);
            return null;
        }
        return new ProgressReport(status.Value, percent.Value, Narrative ?? "", EvidenceUrl, DecreaseExplained, SubmissionId);
    }
}
