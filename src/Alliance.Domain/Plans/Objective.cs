namespace Alliance.Domain.Plans;

/// <summary>
/// An element of a plan's structure: a strategic objective (A, B, C) or a secondary priority of
/// 2018–2020, the goal, a priority or an objective of 2021–2025. Its kind is the plan's own data,
/// and an element may sit under another, to any depth.
/// </summary>
public class Objective
{
    public const int CodeMaxLength = 16;
    public const int TitleMaxLength = 300;
    public const int StatementMaxLength = 2000;

    private readonly List<Indicator> _indicators = [];

    private Objective()
    {
        Code = TitleEn = TitleFr = StatementEn = StatementFr = "";
    }

    internal Objective(StrategicPlan plan, string code, PlanElementKind kind, Objective? parent, LocalizedText title, LocalizedText statement, int sortOrder)
    {
        Plan = plan;
        Code = code;
        Kind = kind;
        Parent = parent;
        TitleEn = Guard.Required(title.En, nameof(TitleEn), TitleMaxLength);
        TitleFr = Guard.Required(title.Fr, nameof(TitleFr), TitleMaxLength);
        StatementEn = Guard.RequiredLines(statement.En, nameof(StatementEn), StatementMaxLength);
        StatementFr = Guard.RequiredLines(statement.Fr, nameof(StatementFr), StatementMaxLength);
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int StrategicPlanId { get; private set; }
    public StrategicPlan Plan { get; private set; } = null!;
    public string Code { get; private set; }
    public int KindId { get; private set; }
    public PlanElementKind Kind { get; private set; } = null!;

    /// <summary>The element this one serves (a priority's objective sits under the priority); null at the top of the plan.</summary>
    public int? ParentId { get; private set; }
    public Objective? Parent { get; private set; }
    public string TitleEn { get; private set; }
    public string TitleFr { get; private set; }
    public string StatementEn { get; private set; }
    public string StatementFr { get; private set; }
    public int SortOrder { get; private set; }
    public IReadOnlyList<Indicator> Indicators => _indicators;

    public LocalizedText Title => new(TitleEn, TitleFr);
    public LocalizedText Statement => new(StatementEn, StatementFr);

    internal void Reword(LocalizedText title, LocalizedText statement)
    {
        var titleEn = Guard.Required(title.En, nameof(TitleEn), TitleMaxLength);
        var titleFr = Guard.Required(title.Fr, nameof(TitleFr), TitleMaxLength);
        var statementEn = Guard.RequiredLines(statement.En, nameof(StatementEn), StatementMaxLength);
        var statementFr = Guard.RequiredLines(statement.Fr, nameof(StatementFr), StatementMaxLength);
        (TitleEn, TitleFr, StatementEn, StatementFr) = (titleEn, titleFr, statementEn, statementFr);
    }

    public Indicator AddRecordedIndicator(LocalizedText name, IndicatorUnit unit, decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate)
    {
        var indicator = Indicator.Recorded(this, name, unit, baseline, baselineDate, target, targetDate);
        _indicators.Add(indicator);
        return indicator;
    }

    public Indicator AddComputedIndicator(LocalizedText name, ComputedMetric metric, decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate)
    {
        if (_indicators.Any(i => i.Metric == metric))
        {
            throw new DomainException("DuplicateComputedIndicator", "This objective already has an indicator computed as {0}.", metric);
        }
        var indicator = Indicator.Computed(this, name, metric, baseline, baselineDate, target, targetDate);
        _indicators.Add(indicator);
        return indicator;
    }
}
