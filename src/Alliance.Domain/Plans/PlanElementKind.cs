namespace Alliance.Domain.Plans;

/// <summary>
/// A kind of element in a plan's structure, named by the plan itself: "strategic objective" and
/// "secondary priority" for 2018–2020, "goal", "strategic priority" and "objective" for 2021–2025.
/// </summary>
public class PlanElementKind
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 100;

    private PlanElementKind()
    {
        Code = NameEn = NameFr = PluralEn = PluralFr = "";
    }

    internal PlanElementKind(StrategicPlan plan, string code, LocalizedText name, LocalizedText plural, bool isCrossCutting, bool labelledByCode, int sortOrder)
    {
        Plan = plan;
        Code = Guard.Required(code, nameof(Code), CodeMaxLength).ToLowerInvariant();
        NameEn = Guard.Required(name.En, nameof(NameEn), NameMaxLength);
        NameFr = Guard.Required(name.Fr, nameof(NameFr), NameMaxLength);
        PluralEn = Guard.Required(plural.En, nameof(PluralEn), NameMaxLength);
        PluralFr = Guard.Required(plural.Fr, nameof(PluralFr), NameMaxLength);
        IsCrossCutting = isCrossCutting;
        LabelledByCode = labelledByCode;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int StrategicPlanId { get; private set; }
    public StrategicPlan Plan { get; private set; } = null!;
    public string Code { get; private set; }
    public string NameEn { get; private set; }
    public string NameFr { get; private set; }
    public string PluralEn { get; private set; }
    public string PluralFr { get; private set; }

    /// <summary>Elements of this kind cut across the others: an activity may contribute to them besides its main element.</summary>
    public bool IsCrossCutting { get; private set; }

    /// <summary>Elements of this kind are called by kind and code ("Objective A", "Priority 2"); otherwise by their title alone.</summary>
    public bool LabelledByCode { get; private set; }

    public int SortOrder { get; private set; }

    public LocalizedText Name => new(NameEn, NameFr);
    public LocalizedText Plural => new(PluralEn, PluralFr);
}
