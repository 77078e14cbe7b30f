namespace Alliance.Domain.Plans;

/// <summary>A category of work of a plan (for 2018–2020: standard setting, capacity building, evidence, advocacy, convening).</summary>
public class CategoryOfWork
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 200;

    private CategoryOfWork()
    {
        Code = NameEn = NameFr = "";
    }

    internal CategoryOfWork(StrategicPlan plan, string code, LocalizedText name, int sortOrder)
    {
        Plan = plan;
        Code = Guard.Required(code, nameof(Code), CodeMaxLength);
        NameEn = Guard.Required(name.En, nameof(NameEn), NameMaxLength);
        NameFr = Guard.Required(name.Fr, nameof(NameFr), NameMaxLength);
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int StrategicPlanId { get; private set; }
    public StrategicPlan Plan { get; private set; } = null!;
    public string Code { get; private set; }
    public string NameEn { get; private set; }
    public string NameFr { get; private set; }
    public int SortOrder { get; private set; }

    public LocalizedText Name => new(NameEn, NameFr);
}
