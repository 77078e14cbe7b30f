using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.Plans;

/// <summary>A kind of element a draft plan is built of ("Strategic priority"), in each language.</summary>
public sealed class ElementKindForm : IChangeForm
{
    public string? Code { get; set; }
    public string? NameEn { get; set; }
    public string? NameFr { get; set; }
    public string? PluralEn { get; set; }
    public string? PluralFr { get; set; }
    public bool IsCrossCutting { get; set; }
    public bool LabelledByCode { get; set; }

    /// <summary>The plan's version when the page was loaded: a change saved by someone else meanwhile is a conflict.</summary>
    public Guid Version { get; set; }
}
