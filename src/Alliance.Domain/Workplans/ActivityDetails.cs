using Alliance.Domain.Plans;

namespace Alliance.Domain.Workplans;

/// <summary>
/// What the secretariat sets about an activity (its structure, not its progress): its main element
/// and the cross-cutting elements it also serves (null leaves those as they are).
/// </summary>
public sealed record ActivityDetails(
    string Title,
    string? Description,
    Objective Objective,
    CategoryOfWork Category,
    DateOnly StartDate,
    DateOnly DueDate,
    string? Deliverable,
    IReadOnlyList<Objective>? ContributesTo = null);
