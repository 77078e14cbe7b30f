namespace Alliance.Domain.Plans;

/// <summary>One of the Alliance's five categories of work (standard setting, capacity building, ...).</summary>
public class CategoryOfWork
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 200;

    private CategoryOfWork()
    {
        Code = NameEn = NameFr = "";
    }

    public CategoryOfWork(string code, LocalizedText name, int sortOrder)
    {
        Code = Guard.Required(code, nameof(Code), CodeMaxLength);
        NameEn = Guard.Required(name.En, nameof(NameEn), NameMaxLength);
        NameFr = Guard.Required(name.Fr, nameof(NameFr), NameMaxLength);
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string NameEn { get; private set; }
    public string NameFr { get; private set; }
    public int SortOrder { get; private set; }

    public LocalizedText Name => new(NameEn, NameFr);
}
