using Alliance.Domain.Plans;
using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.Plans;

/// <summary>An element of a draft plan: its code, kind, the element it sits under (none for the top) and its texts.</summary>
public sealed class ElementForm : IChangeForm
{
    public string? Code { get; set; }
    public string? KindCode { get; set; }
    public string? ParentCode { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? StatementEn { get; set; }
    public string? StatementFr { get; set; }

    /// <summary>The code of the element being reworded; null while the form adds one.</summary>
    public string? Rewording { get; set; }

    /// <summary>The plan's version when the page was loaded.</summary>
    public Guid Version { get; set; }

    string IChangeForm.InputFor(string field) => field switch
    {
        nameof(Objective.Kind) => nameof(KindCode),
        nameof(Objective.Parent) => nameof(ParentCode),
        _ => field,
    };
}
