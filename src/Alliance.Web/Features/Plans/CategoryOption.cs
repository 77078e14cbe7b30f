using Alliance.Domain.Plans;

namespace Alliance.Web.Features.Plans;

/// <summary>A category of work of a plan, as filters, forms and the plan editor list it.</summary>
public sealed record CategoryOption(string Code, LocalizedText Name);
