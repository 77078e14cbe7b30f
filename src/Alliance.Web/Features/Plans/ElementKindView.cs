using Alliance.Domain.Plans;

namespace Alliance.Web.Features.Plans;

/// <summary>A kind of element of a plan, in the plan's words ("Strategic objective", plural "Strategic objectives").</summary>
public sealed record ElementKindView(string Code, LocalizedText Name, LocalizedText Plural, bool IsCrossCutting, bool LabelledByCode, int SortOrder);
