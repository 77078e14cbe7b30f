namespace Alliance.Domain.Plans;

/// <summary>One of the precepts a plan's work follows (for 2018–2020: field-focused, child-centred, family- and community-focused).</summary>
public class PlanPrecept
{
    public const int TitleMaxLength = 100;
    public const int TextMaxLength = 1000;

    private PlanPrecept()
    {
        TitleEn = TitleFr = TextEn = TextFr = "";
    }

    internal PlanPrecept(LocalizedText title, LocalizedText text, int sortOrder)
    {
        TitleEn = Guard.Required(title.En, nameof(TitleEn), TitleMaxLength);
        TitleFr = Guard.Required(title.Fr, nameof(TitleFr), TitleMaxLength);
        TextEn = Guard.RequiredLines(text.En, nameof(TextEn), TextMaxLength);
        TextFr = Guard.RequiredLines(text.Fr, nameof(TextFr), TextMaxLength);
        SortOrder = sortOrder;
    }

    public string TitleEn { get; private set; }
    public string TitleFr { get; private set; }
    public string TextEn { get; private set; }
    public string TextFr { get; private set; }
    public int SortOrder { get; private set; }

    public LocalizedText Title => new(TitleEn, TitleFr);
    public LocalizedText Text => new(TextEn, TextFr);
}
