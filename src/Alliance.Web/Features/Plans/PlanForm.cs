using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.Plans;

/// <summary>A new draft plan as staff type it: titles, period and adoption date, all text so that nothing typed is lost.</summary>
public sealed class PlanForm : IChangeForm
{
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? StartYear { get; set; }
    public string? EndYear { get; set; }
    public string? AdoptedOn { get; set; }
}
