namespace Alliance.Domain.Plans;

/// <summary>
/// A measure of an objective. A recorded indicator holds values typed in by the secretariat;
/// a computed one (<see cref="Metric"/> set) is always derived from the portal's data and
/// takes no values by hand.
/// </summary>
public class Indicator
{
    public const int NameMaxLength = 300;

    private readonly List<IndicatorValue> _values = [];

    private Indicator()
    {
        NameEn = NameFr = "";
    }

    private Indicator(Objective objective, LocalizedText name, IndicatorUnit unit, ComputedMetric? metric,
        decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate)
    {
        Objective = objective;
        NameEn = Guard.Required(name.En, nameof(NameEn), NameMaxLength);
        NameFr = Guard.Required(name.Fr, nameof(NameFr), NameMaxLength);
        Unit = unit;
        Metric = metric;
        EnsureInRange(unit, baseline, nameof(Baseline));
        EnsureInRange(unit, target, nameof(Target));
        Guard.DatesInOrder(baselineDate, targetDate, nameof(BaselineDate), nameof(TargetDate));
        Baseline = baseline;
        BaselineDate = baselineDate;
        Target = target;
        TargetDate = targetDate;
    }

    internal static Indicator Recorded(Objective objective, LocalizedText name, IndicatorUnit unit,
        decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate) =>
        new(objective, name, unit, null, baseline, baselineDate, target, targetDate);

    internal static Indicator Computed(Objective objective, LocalizedText name, ComputedMetric metric,
        decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate) =>
        new(objective, name, metric.Unit(), metric, baseline, baselineDate, target, targetDate);

    public int Id { get; private set; }
    public int ObjectiveId { get; private set; }
    public Objective Objective { get; private set; } = null!;
    public string NameEn { get; private set; }
    public string NameFr { get; private set; }
    public IndicatorUnit Unit { get; private set; }
    public ComputedMetric? Metric { get; private set; }
    public decimal Baseline { get; private set; }
    public DateOnly BaselineDate { get; private set; }
    public decimal Target { get; private set; }
    public DateOnly TargetDate { get; private set; }
    public IReadOnlyList<IndicatorValue> Values => _values;

    /// <summary>The day the indicator's final value stands for (its plan's end, or the day it closed early); null while the plan runs.</summary>
    public DateOnly? FinalOn { get; private set; }

    /// <summary>The value on <see cref="FinalOn"/>, kept when the plan closed; null with a final day means there was nothing to count.</summary>
    public decimal? FinalValue { get; private set; }

    public bool IsFinal => FinalOn is not null;

    public bool IsComputed => Metric is not null;
    public LocalizedText Name => new(NameEn, NameFr);

    /// <summary>Corrects the name, baseline or target; the unit and, for a computed indicator, what it measures stay.</summary>
    /// <summary>
    /// Keeps the indicator's value on <paramref name="on"/> for good: the computed value given, or for a recorded
    /// indicator its latest value dated on or before that day.
    /// </summary>
    internal void Freeze(decimal? computed, DateOnly on)
    {
        FinalOn = on;
        FinalValue = IsComputed
            ? computed
            : _values.Where(v => v.Date <= on).OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).Select(v => (decimal?)v.Value).FirstOrDefault();
    }

    public void Redefine(LocalizedText name, decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate)
    {
        EnsureNotFinal();
        var nameEn = Guard.Required(name.En, nameof(NameEn), NameMaxLength);
        var nameFr = Guard.Required(name.Fr, nameof(NameFr), NameMaxLength);
        EnsureInRange(Unit, baseline, nameof(Baseline));
        EnsureInRange(Unit, target, nameof(Target));
        Guard.DatesInOrder(baselineDate, targetDate, nameof(BaselineDate), nameof(TargetDate));
        (NameEn, NameFr, Baseline, BaselineDate, Target, TargetDate) = (nameEn, nameFr, baseline, baselineDate, target, targetDate);
    }

    /// <summary>Records what the indicator measured on <paramref name="date"/>; a value cannot be dated after <paramref name="today"/>.</summary>
    public IndicatorValue RecordValue(DateOnly date, decimal value, string? note, string? sourceUrl, string recordedBy, DateOnly today)
    {
        EnsureNotFinal();
        if (IsComputed)
        {
            throw new DomainException("ComputedIndicatorReadOnly", "This indicator is computed from the portal's data and cannot be recorded by hand.");
        }
        if (date > today)
        {
            // Dated in the future, it would become the "latest value" every member reads.
            throw new DomainException("ValueDatedInFuture", "A value cannot be dated after today ({0}).", today) { Field = nameof(IndicatorValue.Date) };
        }
        EnsureInRange(Unit, value, nameof(IndicatorValue.Value));
        var recorded = new IndicatorValue(this, date, value, note, sourceUrl, recordedBy);
        _values.Add(recorded);
        return recorded;
    }

    private static void EnsureInRange(IndicatorUnit unit, decimal value, string field)
    {
        switch (unit)
        {
            case IndicatorUnit.Percent when value is < 0 or > 100:
                throw new DomainException("PercentOutOfRange", "{0} is a percentage and must be between 0 and 100.", new FieldName(field)) { Field = field };
            case IndicatorUnit.Count when value < 0 || decimal.Truncate(value) != value:
                throw new DomainException("CountInvalid", "{0} is a count and must be a whole number, zero or more.", new FieldName(field)) { Field = field };
        }
    }

    /// <summary>A closed plan's results are kept as they were on its last day.</summary>
    private void EnsureNotFinal()
    {
        if (IsFinal)
        {
            throw new DomainException("IndicatorFinal", "This indicator's plan is closed: its final value stays as it was on {0}.", FinalOn!.Value);
        }
    }
}
