namespace Alliance.Domain.Plans;

/// <summary>How often an indicator is reported.</summary>
public enum ReportingFrequency
{
    Quarterly,
    HalfYearly,
    Yearly,
    EndOfPlan,
}

/// <summary>
/// How an indicator is measured, in each language the portal speaks: the method, the data source and who
/// reports it, and how often. Every part is optional (a plan does not always say), but a text given in one
/// language must be given in the other.
/// </summary>
public sealed record IndicatorDefinition(LocalizedText? Method, LocalizedText? Source, LocalizedText? ReportedBy, ReportingFrequency? Frequency)
{
    public const int MethodMaxLength = 1000;
    public const int SourceMaxLength = 300;
    public const int ReportedByMaxLength = 200;

    public static readonly IndicatorDefinition None = new(null, null, null, null);

    public bool IsEmpty => Method is null && Source is null && ReportedBy is null && Frequency is null;
}

/// <summary>A value the indicator should have reached on a day between its baseline and its target (a year's end, a period's).</summary>
public readonly record struct Milestone(DateOnly Date, decimal Value);

/// <summary>A stored milestone of an indicator.</summary>
public class IndicatorMilestone
{
    private IndicatorMilestone()
    {
    }

    internal IndicatorMilestone(Indicator indicator, Milestone milestone)
    {
        Indicator = indicator;
        Date = milestone.Date;
        Value = milestone.Value;
    }

    public int Id { get; private set; }
    public int IndicatorId { get; private set; }
    public Indicator Indicator { get; private set; } = null!;
    public DateOnly Date { get; private set; }
    public decimal Value { get; private set; }
}

/// <summary>
/// One re-baselining of an indicator: its baseline and target before and after, who changed them, on which
/// day and why. Kept for good, so that a target moved late in a plan is never mistaken for the one adopted.
/// </summary>
public class IndicatorRebaseline
{
    public const int ReasonMaxLength = 1000;
    public const int ChangedByMaxLength = 200;

    private IndicatorRebaseline()
    {
        Reason = ChangedBy = "";
    }

    internal IndicatorRebaseline(Indicator indicator, (decimal Baseline, DateOnly BaselineDate, decimal Target, DateOnly TargetDate) before,
        string reason, string changedBy, DateOnly changedOn)
    {
        Indicator = indicator;
        (OldBaseline, OldBaselineDate, OldTarget, OldTargetDate) = before;
        (NewBaseline, NewBaselineDate, NewTarget, NewTargetDate) = (indicator.Baseline, indicator.BaselineDate, indicator.Target, indicator.TargetDate);
        Reason = reason;
        ChangedBy = Guard.Required(changedBy, nameof(ChangedBy), ChangedByMaxLength);
        ChangedOn = changedOn;
    }

    public int Id { get; private set; }
    public int IndicatorId { get; private set; }
    public Indicator Indicator { get; private set; } = null!;
    public decimal OldBaseline { get; private set; }
    public DateOnly OldBaselineDate { get; private set; }
    public decimal OldTarget { get; private set; }
    public DateOnly OldTargetDate { get; private set; }
    public decimal NewBaseline { get; private set; }
    public DateOnly NewBaselineDate { get; private set; }
    public decimal NewTarget { get; private set; }
    public DateOnly NewTargetDate { get; private set; }
    public string Reason { get; private set; }
    public string ChangedBy { get; private set; }
    public DateOnly ChangedOn { get; private set; }
}
