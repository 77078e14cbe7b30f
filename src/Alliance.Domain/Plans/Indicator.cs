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
    private readonly List<IndicatorMilestone> _milestones = [];
    private readonly List<IndicatorRebaseline> _rebaselines = [];

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

    /// <summary>The values to reach on the way to the target, by date.</summary>
    public IReadOnlyList<IndicatorMilestone> Milestones => _milestones;

    /// <summary>Every change of the baseline or the target since the indicator was defined, oldest first.</summary>
    public IReadOnlyList<IndicatorRebaseline> Rebaselines => _rebaselines;

    public string? MethodEn { get; private set; }
    public string? MethodFr { get; private set; }
    public string? SourceEn { get; private set; }
    public string? SourceFr { get; private set; }
    public string? ReportedByEn { get; private set; }
    public string? ReportedByFr { get; private set; }
    public ReportingFrequency? Frequency { get; private set; }

    public IndicatorDefinition Definition => new(
        MethodEn is null ? null : new LocalizedText(MethodEn, MethodFr!),
        SourceEn is null ? null : new LocalizedText(SourceEn, SourceFr!),
        ReportedByEn is null ? null : new LocalizedText(ReportedByEn, ReportedByFr!),
        Frequency);

    /// <summary>The day the indicator's final value stands for (its plan's end, or the day it closed early); null while the plan runs.</summary>
    public DateOnly? FinalOn { get; private set; }

    /// <summary>The value on <see cref="FinalOn"/>, kept when the plan closed; null with a final day means there was nothing to count.</summary>
    public decimal? FinalValue { get; private set; }

    public bool IsFinal => FinalOn is not null;

    public bool IsComputed => Metric is not null;
    public LocalizedText Name => new(NameEn, NameFr);

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

    /// <summary>
    /// Corrects the name, baseline or target; the unit and, for a computed indicator, what it measures stay.
    /// Moving the baseline or the target is a re-baselining: it needs a reason, and the old and new figures
    /// are kept with who moved them and when. A new name alone needs no reason.
    /// </summary>
    public void Redefine(LocalizedText name, decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate,
        string? reason, string changedBy, DateOnly today)
    {
        EnsureNotFinal();
        var nameEn = Guard.Required(name.En, nameof(NameEn), NameMaxLength);
        var nameFr = Guard.Required(name.Fr, nameof(NameFr), NameMaxLength);
        EnsureInRange(Unit, baseline, nameof(Baseline));
        EnsureInRange(Unit, target, nameof(Target));
        Guard.DatesInOrder(baselineDate, targetDate, nameof(BaselineDate), nameof(TargetDate));
        var before = (Baseline, BaselineDate, Target, TargetDate);
        var moved = before != (baseline, baselineDate, target, targetDate);
        var why = moved ? Guard.RequiredLines(reason, nameof(IndicatorRebaseline.Reason), IndicatorRebaseline.ReasonMaxLength) : null;
        if (moved)
        {
            EnsureMilestonesWithin(_milestones.Select(m => new Milestone(m.Date, m.Value)), baselineDate, targetDate);
        }
        (NameEn, NameFr, Baseline, BaselineDate, Target, TargetDate) = (nameEn, nameFr, baseline, baselineDate, target, targetDate);
        if (moved)
        {
            _rebaselines.Add(new IndicatorRebaseline(this, before, why!, changedBy, today));
        }
    }

    /// <summary>Says how the indicator is measured: method, data source, who reports it and how often.</summary>
    public void Describe(IndicatorDefinition definition)
    {
        EnsureNotFinal();
        var method = definition.Method is { } m ? Guard.Translated(m.En, m.Fr, nameof(MethodEn), nameof(MethodFr), IndicatorDefinition.MethodMaxLength) : null;
        var source = definition.Source is { } s ? Guard.Translated(s.En, s.Fr, nameof(SourceEn), nameof(SourceFr), IndicatorDefinition.SourceMaxLength) : null;
        var reportedBy = definition.ReportedBy is { } r
            ? Guard.Translated(r.En, r.Fr, nameof(ReportedByEn), nameof(ReportedByFr), IndicatorDefinition.ReportedByMaxLength)
            : null;
        if (definition.Frequency is { } frequency && !Enum.IsDefined(frequency))
        {
            throw new DomainException("UnknownFrequency", "Choose how often the indicator is reported.") { Field = nameof(Frequency) };
        }
        (MethodEn, MethodFr) = (method?.En, method?.Fr);
        (SourceEn, SourceFr) = (source?.En, source?.Fr);
        (ReportedByEn, ReportedByFr) = (reportedBy?.En, reportedBy?.Fr);
        Frequency = definition.Frequency;
    }

    /// <summary>
    /// Replaces the milestones: each dated after the baseline and before the target date, one per day, and
    /// in the indicator's unit. Progress is then judged against the line through them (<see cref="IndicatorProgress"/>).
    /// </summary>
    public void SetMilestones(IEnumerable<Milestone> milestones)
    {
        EnsureNotFinal();
        var list = milestones.OrderBy(m => m.Date).ToList();
        EnsureMilestonesWithin(list, BaselineDate, TargetDate);
        foreach (var milestone in list)
        {
            EnsureInRange(Unit, milestone.Value, nameof(Milestones));
        }
        var kept = _milestones.Where(m => list.Contains(new Milestone(m.Date, m.Value))).ToList();
        _milestones.RemoveAll(m => !kept.Contains(m));
        _milestones.AddRange(list.Where(m => !kept.Any(k => k.Date == m.Date && k.Value == m.Value)).Select(m => new IndicatorMilestone(this, m)));
        _milestones.Sort((x, y) => x.Date.CompareTo(y.Date));
    }

    private static void EnsureMilestonesWithin(IEnumerable<Milestone> milestones, DateOnly baselineDate, DateOnly targetDate)
    {
        var dates = new HashSet<DateOnly>();
        foreach (var milestone in milestones)
        {
            if (milestone.Date <= baselineDate || milestone.Date >= targetDate)
            {
                throw new DomainException("MilestoneOutsidePeriod", "A milestone must fall after the baseline date ({0}) and before the target date ({1}): {2} does not.",
                    baselineDate, targetDate, milestone.Date) { Field = nameof(Milestones) };
            }
            if (!dates.Add(milestone.Date))
            {
                throw new DomainException("MilestoneDateRepeated", "Two milestones fall on {0}: keep one.", milestone.Date) { Field = nameof(Milestones) };
            }
        }
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
