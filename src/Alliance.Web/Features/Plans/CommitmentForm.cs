using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.Plans;

/// <summary>A commitment of a draft plan as typed: every value is text, so that anything entered comes back with a message, never lost.</summary>
public sealed class CommitmentForm : IChangeForm
{
    public string? Code { get; set; }

    /// <summary>A <see cref="Domain.Plans.CommitmentRule"/> by name.</summary>
    public string? Rule { get; set; }

    public string? TextEn { get; set; }
    public string? TextFr { get; set; }
    public string? Deadline { get; set; }

    /// <summary>The share to reach, in percent (share rules).</summary>
    public string? SharePercent { get; set; }

    /// <summary>The day from which members count as new (the new-members rule).</summary>
    public string? Since { get; set; }

    /// <summary>The element whose activities count (the activities rule).</summary>
    public string? ElementCode { get; set; }

    /// <summary>The plan's version when the page was loaded.</summary>
    public Guid Version { get; set; }

    string IChangeForm.InputFor(string field) => field == "Element" ? nameof(ElementCode) : field;
}
