using Alliance.Domain;
using Alliance.Domain.Plans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

public class IndicatorTests
{
    private static readonly DateOnly Today = new(2019, 7, 1);

    private static readonly DateOnly BaselineDate = new(2018, 1, 1);
    private static readonly DateOnly TargetDate = new(2020, 12, 31);
    private static readonly LocalizedText Name = new("Share of new members that are local or national", "Part des nouveaux membres locaux ou nationaux");

    private static Objective NewObjective() => AddObjective(NewPlan(), "C");

    private static Indicator NewRecorded(IndicatorUnit unit) =>
        NewObjective().AddRecordedIndicator(Name, unit, 0, BaselineDate, unit == IndicatorUnit.Percent ? 60 : 4, TargetDate);

    [Fact]
    public void AddRecordedIndicator_WithValidValues_AddsIt()
    {
        var objective = NewObjective();

        var indicator = objective.AddRecordedIndicator(Name, IndicatorUnit.Percent, 12.5m, BaselineDate, 60, TargetDate);

        Assert.Same(indicator, Assert.Single(objective.Indicators));
        Assert.Same(objective, indicator.Objective);
        Assert.False(indicator.IsComputed);
        Assert.Null(indicator.Metric);
        Assert.Equal(IndicatorUnit.Percent, indicator.Unit);
        Assert.Equal(12.5m, indicator.Baseline);
        Assert.Equal(60m, indicator.Target);
        Assert.Equal(TargetDate, indicator.TargetDate);
    }

    [Theory]
    [InlineData(-0.01, 50)]
    [InlineData(100.01, 50)]
    [InlineData(0, -1)]
    [InlineData(0, 101)]
    public void AddRecordedIndicator_WithPercentOutsideZeroToHundred_Throws(double baseline, double target)
    {
        var objective = NewObjective();

        var error = Assert.Throws<DomainException>(() =>
            objective.AddRecordedIndicator(Name, IndicatorUnit.Percent, (decimal)baseline, BaselineDate, (decimal)target, TargetDate));

        Assert.Equal("PercentOutOfRange", error.Code);
        Assert.Empty(objective.Indicators);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(100, 0)]
    public void AddRecordedIndicator_WithPercentAtTheBounds_Succeeds(int baseline, int target)
    {
        var objective = NewObjective();

        objective.AddRecordedIndicator(Name, IndicatorUnit.Percent, baseline, BaselineDate, target, TargetDate);

        Assert.Single(objective.Indicators);
    }

    [Theory]
    [InlineData(-1, 4)]
    [InlineData(0.5, 4)]
    [InlineData(0, 3.5)]
    [InlineData(0, -4)]
    public void AddRecordedIndicator_WithCountNotAWholeNonNegativeNumber_Throws(double baseline, double target)
    {
        var objective = NewObjective();

        var error = Assert.Throws<DomainException>(() =>
            objective.AddRecordedIndicator(Name, IndicatorUnit.Count, (decimal)baseline, BaselineDate, (decimal)target, TargetDate));

        Assert.Equal("CountInvalid", error.Code);
        Assert.Empty(objective.Indicators);
    }

    [Fact]
    public void AddRecordedIndicator_WithCountAboveHundred_Succeeds()
    {
        var objective = NewObjective();

        var indicator = objective.AddRecordedIndicator(Name, IndicatorUnit.Count, 0, BaselineDate, 250, TargetDate);

        Assert.Equal(250m, indicator.Target);
    }

    [Fact]
    public void AddRecordedIndicator_WithTargetDateBeforeBaselineDate_Throws()
    {
        var objective = NewObjective();

        var error = Assert.Throws<DomainException>(() =>
            objective.AddRecordedIndicator(Name, IndicatorUnit.Percent, 0, TargetDate, 60, BaselineDate));

        Assert.Equal("DatesOutOfOrder", error.Code);
        Assert.Empty(objective.Indicators);
    }

    [Fact]
    public void AddRecordedIndicator_WithoutFrenchName_Throws()
    {
        var objective = NewObjective();

        var error = Assert.Throws<DomainException>(() =>
            objective.AddRecordedIndicator(new LocalizedText("Name", " "), IndicatorUnit.Percent, 0, BaselineDate, 60, TargetDate));

        Assert.Equal("Required", error.Code);
        Assert.Empty(objective.Indicators);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(55.5)]
    [InlineData(100)]
    public void RecordValue_PercentFromZeroToHundred_IsKept(double value)
    {
        var indicator = NewRecorded(IndicatorUnit.Percent);

        var recorded = indicator.RecordValue(new DateOnly(2019, 6, 30), (decimal)value, " Annual survey ", "https://example.org/survey", "Secretariat", Today);

        Assert.Same(recorded, Assert.Single(indicator.Values));
        Assert.Equal((decimal)value, recorded.Value);
        Assert.Equal(new DateOnly(2019, 6, 30), recorded.Date);
        Assert.Equal("Annual survey", recorded.Note);
        Assert.Equal("https://example.org/survey", recorded.SourceUrl);
        Assert.Equal("Secretariat", recorded.RecordedBy);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-0.01)]
    [InlineData(100.5)]
    public void RecordValue_PercentOutsideZeroToHundred_Throws(double value)
    {
        var indicator = NewRecorded(IndicatorUnit.Percent);

        var error = Assert.Throws<DomainException>(() => indicator.RecordValue(new DateOnly(2019, 6, 30), (decimal)value, null, null, "Secretariat", Today));

        Assert.Equal("PercentOutOfRange", error.Code);
        Assert.Empty(indicator.Values);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(1000)]
    public void RecordValue_WholeCount_IsKept(int value)
    {
        var indicator = NewRecorded(IndicatorUnit.Count);

        indicator.RecordValue(new DateOnly(2019, 6, 30), value, null, null, "Secretariat", Today);

        Assert.Equal(value, Assert.Single(indicator.Values).Value);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2.5)]
    [InlineData(0.1)]
    public void RecordValue_CountNotAWholeNonNegativeNumber_Throws(double value)
    {
        var indicator = NewRecorded(IndicatorUnit.Count);

        var error = Assert.Throws<DomainException>(() => indicator.RecordValue(new DateOnly(2019, 6, 30), (decimal)value, null, null, "Secretariat", Today));

        Assert.Equal("CountInvalid", error.Code);
        Assert.Empty(indicator.Values);
    }

    [Theory]
    [InlineData("ftp://example.org/data.csv")]
    [InlineData("example.org")]
    [InlineData("javascript:alert(1)")]
    public void RecordValue_WithNonWebSource_Throws(string source)
    {
        var indicator = NewRecorded(IndicatorUnit.Percent);

        var error = Assert.Throws<DomainException>(() => indicator.RecordValue(new DateOnly(2019, 6, 30), 50, null, source, "Secretariat", Today));

        Assert.Equal("InvalidLink", error.Code);
        Assert.Empty(indicator.Values);
    }

    [Fact]
    public void RecordValue_WithoutWhoRecordedIt_Throws()
    {
        var indicator = NewRecorded(IndicatorUnit.Percent);

        var error = Assert.Throws<DomainException>(() => indicator.RecordValue(new DateOnly(2019, 6, 30), 50, null, null, "  ", Today));

        Assert.Equal("Required", error.Code);
        Assert.Empty(indicator.Values);
    }

    [Theory]
    [MemberData(nameof(AllMetrics))]
    public void RecordValue_OnAComputedIndicator_Throws(ComputedMetric metric)
    {
        var indicator = NewObjective().AddComputedIndicator(Name, metric, 0, BaselineDate, 4, TargetDate);

        var error = Assert.Throws<DomainException>(() => indicator.RecordValue(new DateOnly(2019, 6, 30), 2, null, null, "Secretariat", Today));

        Assert.Equal("ComputedIndicatorReadOnly", error.Code);
        Assert.True(indicator.IsComputed);
        Assert.Empty(indicator.Values);
    }

    [Fact]
    public void RecordValue_DatedAfterToday_Throws_ButToday_IsKept()
    {
        var indicator = NewObjective().AddRecordedIndicator(Name, IndicatorUnit.Percent, 40, BaselineDate, 90, TargetDate);

        var error = Assert.Throws<DomainException>(() => indicator.RecordValue(Today.AddDays(1), 50, null, null, "Secretariat", Today));
        indicator.RecordValue(Today, 50, null, null, "Secretariat", Today);

        Assert.Equal("ValueDatedInFuture", error.Code);
        Assert.Equal(nameof(IndicatorValue.Date), error.Field);
        Assert.Equal(Today, Assert.Single(indicator.Values).Date);
    }

    public static TheoryData<ComputedMetric> AllMetrics() => new(Enum.GetValues<ComputedMetric>());

    [Theory]
    [InlineData(ComputedMetric.ObjectiveActivitiesCompletedPercent, IndicatorUnit.Percent)]
    [InlineData(ComputedMetric.SeatsHeldByLocalNationalOrRegional, IndicatorUnit.Count)]
    [InlineData(ComputedMetric.NewMembersLocalOrNationalPercent, IndicatorUnit.Percent)]
    [InlineData(ComputedMetric.GroupsCoLedByLocalOrNationalPercent, IndicatorUnit.Percent)]
    public void AddComputedIndicator_TakesItsUnitFromTheMetric(ComputedMetric metric, IndicatorUnit unit)
    {
        var indicator = NewObjective().AddComputedIndicator(Name, metric, 0, BaselineDate, 4, TargetDate);

        Assert.Equal(unit, indicator.Unit);
        Assert.Equal(metric, indicator.Metric);
    }

    [Fact]
    public void AddComputedIndicator_SeatsWithFractionalTarget_Throws()
    {
        var objective = NewObjective();

        var error = Assert.Throws<DomainException>(() =>
            objective.AddComputedIndicator(Name, ComputedMetric.SeatsHeldByLocalNationalOrRegional, 0, BaselineDate, 3.5m, TargetDate));

        Assert.Equal("CountInvalid", error.Code);
        Assert.Empty(objective.Indicators);
    }

    [Fact]
    public void AddComputedIndicator_PercentWithTargetAboveHundred_Throws()
    {
        var objective = NewObjective();

        var error = Assert.Throws<DomainException>(() =>
            objective.AddComputedIndicator(Name, ComputedMetric.NewMembersLocalOrNationalPercent, 0, BaselineDate, 160, TargetDate));

        Assert.Equal("PercentOutOfRange", error.Code);
        Assert.Empty(objective.Indicators);
    }

    [Fact]
    public void AddComputedIndicator_WithDuplicateMetric_Throws()
    {
        var objective = NewObjective();
        objective.AddComputedIndicator(Name, ComputedMetric.NewMembersLocalOrNationalPercent, 0, BaselineDate, 60, TargetDate);

        var error = Assert.Throws<DomainException>(() =>
            objective.AddComputedIndicator(Name, ComputedMetric.NewMembersLocalOrNationalPercent, 10, BaselineDate, 70, TargetDate));

        Assert.Equal("DuplicateComputedIndicator", error.Code);
        Assert.Single(objective.Indicators);
    }

    [Fact]
    public void AddComputedIndicator_WithDifferentMetricsOrBesideRecordedIndicators_Succeeds()
    {
        var objective = NewObjective();
        objective.AddRecordedIndicator(Name, IndicatorUnit.Percent, 0, BaselineDate, 60, TargetDate);
        objective.AddRecordedIndicator(Name, IndicatorUnit.Percent, 0, BaselineDate, 60, TargetDate);

        objective.AddComputedIndicator(Name, ComputedMetric.NewMembersLocalOrNationalPercent, 0, BaselineDate, 60, TargetDate);
        objective.AddComputedIndicator(Name, ComputedMetric.SeatsHeldByLocalNationalOrRegional, 0, BaselineDate, 4, TargetDate);

        Assert.Equal(4, objective.Indicators.Count);
    }

    [Fact]
    public void AddComputedIndicator_SameMetricOnAnotherObjective_Succeeds()
    {
        var plan = NewPlan();
        var objectiveA = AddObjective(plan, "A");
        var objectiveB = AddObjective(plan, "B");

        objectiveA.AddComputedIndicator(Name, ComputedMetric.ObjectiveActivitiesCompletedPercent, 0, BaselineDate, 80, TargetDate);
        objectiveB.AddComputedIndicator(Name, ComputedMetric.ObjectiveActivitiesCompletedPercent, 0, BaselineDate, 80, TargetDate);

        Assert.Single(objectiveA.Indicators);
        Assert.Single(objectiveB.Indicators);
    }

    [Fact]
    public void Redefine_ChangesNamesBaselineAndTarget_ButKeepsTheUnitRules()
    {
        var plan = DomainBuilders.NewPlan();
        var objective = DomainBuilders.AddObjective(plan);
        var indicator = objective.AddRecordedIndicator(new LocalizedText("Share", "Part"), IndicatorUnit.Percent, 10, new DateOnly(2018, 1, 1), 50, new DateOnly(2020, 12, 31));

        indicator.Redefine(new LocalizedText("Share trained", "Part formée"), 12, new DateOnly(2018, 1, 1), 60, new DateOnly(2020, 12, 31), "Survey redone", "Secretariat", Today);
        var tooHigh = Assert.Throws<DomainException>(() =>
            indicator.Redefine(new LocalizedText("Share trained", "Part formée"), 12, new DateOnly(2018, 1, 1), 160, new DateOnly(2020, 12, 31), "Typo", "Secretariat", Today));

        Assert.Equal(("Share trained", 60m), (indicator.NameEn, indicator.Target));
        Assert.Equal("PercentOutOfRange", tooHigh.Code);
        Assert.Equal(60m, indicator.Target);
    }
}
