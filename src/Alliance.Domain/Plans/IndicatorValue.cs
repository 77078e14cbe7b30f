namespace Alliance.Domain.Plans;

/// <summary>One value of a recorded indicator at a date, with where it comes from.</summary>
public class IndicatorValue
{
    public const int NoteMaxLength = 1000;
    public const int SourceUrlMaxLength = 500;
    public const int RecordedByMaxLength = 200;

    private IndicatorValue()
    {
        RecordedBy = "";
    }

    internal IndicatorValue(Indicator indicator, DateOnly date, decimal value, string? note, string? sourceUrl, string recordedBy)
    {
        Indicator = indicator;
        Date = date;
        Value = value;
        Note = Guard.OptionalLines(note, nameof(Note), NoteMaxLength);
        SourceUrl = Guard.HttpUrl(sourceUrl, nameof(SourceUrl), SourceUrlMaxLength);
        RecordedBy = Guard.Required(recordedBy, nameof(RecordedBy), RecordedByMaxLength);
    }

    public int Id { get; private set; }
    public int IndicatorId { get; private set; }
    public Indicator Indicator { get; private set; } = null!;
    public DateOnly Date { get; private set; }
    public decimal Value { get; private set; }
    public string? Note { get; private set; }
    public string? SourceUrl { get; private set; }
    public string RecordedBy { get; private set; }
}
