namespace Alliance.Domain.Plans;

/// <summary>
/// A promise a plan makes in so many words ("the four vacant seats filled by local, national or
/// regional organisations by 2020"), with a deadline and the rule that lets the portal assess it
/// from its own data, never from a typed verdict.
/// </summary>
public class Commitment
{
    public const int CodeMaxLength = 16;
    public const int TextMaxLength = 1000;

    private Commitment()
    {
        Code = TextEn = TextFr = "";
    }

    internal Commitment(StrategicPlan plan, string code, CommitmentRule rule, LocalizedText text, DateOnly deadline,
        decimal? sharePercent, DateOnly? since, Objective? element, int sortOrder)
    {
        Plan = plan;
        Code = Guard.Required(code, nameof(Code), CodeMaxLength).ToUpperInvariant();
        Rule = rule;
        TextEn = Guard.RequiredLines(text.En, nameof(TextEn), TextMaxLength);
        TextFr = Guard.RequiredLines(text.Fr, nameof(TextFr), TextMaxLength);
        Deadline = deadline;
        SortOrder = sortOrder;
        switch (rule)
        {
            case CommitmentRule.VacantSeatsFilled:
                if (deadline < plan.AdoptedOn)
                {
                    throw new DomainException("CommitmentDeadlineBeforeAdoption", "The deadline cannot come before the plan's adoption ({0}).", plan.AdoptedOn)
                        { Field = nameof(Deadline) };
                }
                break;
            case CommitmentRule.NewMembersLocalShare:
                SharePercent = ShareOf(sharePercent);
                Since = since ?? throw new DomainException("CommitmentSinceRequired", "This rule needs the day from which members count as new.")
                    { Field = nameof(Since) };
                Guard.DatesInOrder(Since.Value, deadline, nameof(Since), nameof(Deadline));
                break;
            case CommitmentRule.GroupsCoLedLocalShare:
                SharePercent = ShareOf(sharePercent);
                break;
            case CommitmentRule.ElementActivitiesCompleted:
                SharePercent = ShareOf(sharePercent);
                Element = element ?? throw new DomainException("CommitmentElementRequired", "This rule needs the element whose activities count.")
                    { Field = nameof(Element) };
                if (element.Plan != plan)
                {
                    throw new DomainException("CommitmentElementNotInPlan", "The element must be one of this plan's.") { Field = nameof(Element) };
                }
                break;
            default:
                throw new DomainException("CommitmentRuleUnknown", "The portal cannot assess this rule.") { Field = nameof(Rule) };
        }
    }

    private static decimal ShareOf(decimal? sharePercent) => sharePercent is >= 0 and <= 100
        ? sharePercent.Value
        : throw new DomainException("CommitmentShareOutOfRange", "This rule needs the share to reach, in percent (0 to 100).") { Field = nameof(SharePercent) };

    public int Id { get; private set; }
    public int StrategicPlanId { get; private set; }
    public StrategicPlan Plan { get; private set; } = null!;
    public string Code { get; private set; }
    public CommitmentRule Rule { get; private set; }
    public string TextEn { get; private set; }
    public string TextFr { get; private set; }
    public DateOnly Deadline { get; private set; }

    /// <summary>The share to reach, in percent (share rules only).</summary>
    public decimal? SharePercent { get; private set; }

    /// <summary>The day from which members count as new (the new-members rule only).</summary>
    public DateOnly? Since { get; private set; }

    /// <summary>The element whose activities count (the activities-completed rule only).</summary>
    public int? ElementId { get; private set; }
    public Objective? Element { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>The verdict kept when the plan closed, and what was achieved against what was required; null while the plan runs.</summary>
    public CommitmentVerdict? FinalVerdict { get; private set; }
    public decimal? FinalAchieved { get; private set; }

    internal void Freeze(CommitmentAssessment assessment)
    {
        FinalVerdict = assessment.Verdict;
        FinalAchieved = assessment.Achieved;
    }

    public LocalizedText Text => new(TextEn, TextFr);
}
