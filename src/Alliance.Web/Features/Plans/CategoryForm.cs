using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.Plans;

/// <summary>A category of work of a draft plan, in each language.</summary>
public sealed class CategoryForm : IChangeForm
{
    public string? Code { get; set; }
    public string? NameEn { get; set; }
    public string? NameFr { get; set; }

    /// <summary>The plan's version when the page was loaded.</summary>
    public Guid Version { get; set; }
}
