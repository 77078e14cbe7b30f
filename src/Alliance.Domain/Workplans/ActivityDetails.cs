using Alliance.Domain.Plans;

namespace Alliance.Domain.Workplans;

/// <summary>What the secretariat sets about an activity (its structure, not its progress).</summary>
public sealed record ActivityDetails(
    string Title,
    string? Description,
    Objective Objective,
    CategoryOfWork Category,
    DateOnly StartDate,
    DateOnly DueDate,
    string? Deliverable);
