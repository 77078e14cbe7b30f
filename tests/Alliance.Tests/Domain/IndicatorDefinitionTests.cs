using Alliance.Domain;
using Alliance.Domain.Plans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

/// <summary>An indicator's definition, its milestones and its re-baselinings.</summary>
public class IndicatorDefinitionTests
{
    private static readonly DateOnly Start = new(2018, 1, 1);
    private static readonly DateOnly End = new(2020, 12, 31);
    private static readonly DateOnly Today = new(2019, 7, 1);
    private static readonly LocalizedText Name = new("Practitioners trained", "Praticiens formés");

    private static Indicator NewCount(decimal target = 1000) =>
        AddObjective(NewPlan(), "CAPACITY").AddRecordedIndicator(Name, IndicatorUnit.Count, 0, Start, target, End);

    [Fact]
    public void MovingTheTarget_NeedsAReason_AndKeepsTheOldAndNewFiguresWithWhoAndWhen()
    {
        var indicator = NewCount();

        var refused = Assert.Throws<DomainException>(() => indicator.Redefine(Name, 0, Start, 1500, End, "  ", "Sam Diallo", Today));
        indicator.Redefine(Name, 0, Start, 1500, End, "Raised at the mid-term review.", "Sam Diallo", Today);

        Assert.Equal(("Required", "Reason"), (refused.Code, refused.Field));
        var change = Assert.Single(indicator.Rebaselines);
        Assert.Equal((0m, Start, 1000m, End), (change.OldBaseline, change.OldBaselineDate, change.OldTarget, change.OldTargetDate));
        Assert.Equal((0m, Start, 1500m, End), (change.NewBaseline, change.NewBaselineDate, change.NewTarget, change.NewTargetDate));
        Assert.Equal(("Raised at the mid-term review.", "Sam Diallo", Today), (change.Reason, change.ChangedBy, change.ChangedOn));
        Assert.Equal(1500m, indicator.Target);
    }

    [Fact]
    public void ARefusedRebaselining_ChangesNothing()
    {
        var indicator = NewCount();

        Assert.Throws<DomainException>(() => indicator.Redefine(new LocalizedText("Trained", "Formés"), 5, Start, 1500, End, null, "Sam Diallo", Today));

        Assert.Equal((Name, 0m, 1000m), (indicator.Name, indicator.Baseline, indicator.Target));
        Assert.Empty(indicator.Rebaselines);
    }

    [Theory]
    [InlineData(0, 2018, 1000, 2020)]
    [InlineData(0, 2018, 1000, 2021)]
    [InlineData(0, 2017, 1000, 2020)]
    [InlineData(10, 2018, 1000, 2020)]
    public void ARenamingAlone_NeedsNoReason_ButAnyMovedFigureOrDateIsKept(int baseline, int baselineYear, int target, int targetYear)
    {
        var indicator = NewCount();
        var moved = (baseline, baselineYear, target, targetYear) != (0, 2018, 1000, 2020);

        indicator.Redefine(new LocalizedText("Trained", "Formés"), baseline, new DateOnly(baselineYear, 1, 1), target, new DateOnly(targetYear, 12, 31),
            moved ? "Corrected" : null, "Sam Diallo", Today);

        Assert.Equal("Trained", indicator.NameEn);
        Assert.Equal(moved ? 1 : 0, indicator.Rebaselines.Count);
    }

    [Fact]
    public void ADefinition_IsKeptInBothLanguages_AndOneLanguageAloneIsRefused()
    {
        var indicator = NewCount();
        var method = new LocalizedText("Course completions, counted once a year.", "Cours achevés, comptés une fois par an.");

        indicator.Describe(new IndicatorDefinition(method, null, new LocalizedText("Secretariat", "Secrétariat"), ReportingFrequency.Yearly));
        var halfSource = Assert.Throws<DomainException>(() =>
            indicator.Describe(new IndicatorDefinition(method, new LocalizedText("Completion records", " "), null, null)));

        Assert.Equal(("TranslationMissing", "SourceFr"), (halfSource.Code, halfSource.Field));
        Assert.Equal(method, indicator.Definition.Method);
        Assert.Null(indicator.Definition.Source);
        Assert.Equal(new LocalizedText("Secretariat", "Secrétariat"), indicator.Definition.ReportedBy);
        Assert.Equal(ReportingFrequency.Yearly, indicator.Definition.Frequency);
    }

    [Fact]
    public void ADefinitionCleared_LeavesNothing()
    {
        var indicator = NewCount();
        indicator.Describe(new IndicatorDefinition(new LocalizedText("Counted", "Compté"), null, null, ReportingFrequency.Quarterly));

        indicator.Describe(IndicatorDefinition.None);

        Assert.True(indicator.Definition.IsEmpty);
    }

    [Fact]
    public void AnUnknownFrequency_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => NewCount().Describe(new IndicatorDefinition(null, null, null, (ReportingFrequency)42)));

        Assert.Equal(("UnknownFrequency", "Frequency"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(2018, 1, 1)]
    [InlineData(2020, 12, 31)]
    [InlineData(2017, 12, 31)]
    [InlineData(2021, 1, 1)]
    public void AMilestoneOnOrOutsideTheBaselineAndTargetDates_IsRefused(int year, int month, int day)
    {
        var error = Assert.Throws<DomainException>(() => NewCount().SetMilestones([new Milestone(new DateOnly(year, month, day), 400)]));

        Assert.Equal(("MilestoneOutsidePeriod", "Milestones"), (error.Code, error.Field));
    }

    [Fact]
    public void TwoMilestonesOnOneDay_AndAMilestoneOutOfTheUnitsRange_AreRefused()
    {
        var indicator = NewCount();

        var repeated = Assert.Throws<DomainException>(() =>
            indicator.SetMilestones([new Milestone(new DateOnly(2019, 12, 31), 400), new Milestone(new DateOnly(2019, 12, 31), 500)]));
        var fraction = Assert.Throws<DomainException>(() => indicator.SetMilestones([new Milestone(new DateOnly(2019, 12, 31), 2.5m)]));

        Assert.Equal("MilestoneDateRepeated", repeated.Code);
        Assert.Equal("CountInvalid", fraction.Code);
        Assert.Empty(indicator.Milestones);
    }

    [Fact]
    public void Milestones_AreReplacedWhole_AndKeptInDateOrder()
    {
        var indicator = NewCount();
        indicator.SetMilestones([new Milestone(new DateOnly(2019, 12, 31), 900), new Milestone(new DateOnly(2018, 12, 31), 400)]);

        indicator.SetMilestones([new Milestone(new DateOnly(2019, 12, 31), 900), new Milestone(new DateOnly(2019, 6, 30), 600)]);

        Assert.Equal([new DateOnly(2019, 6, 30), new DateOnly(2019, 12, 31)], indicator.Milestones.Select(m => m.Date));
        Assert.Equal([600m, 900m], indicator.Milestones.Select(m => m.Value));
    }

    [Fact]
    public void MovingTheTargetDateBeforeAMilestone_IsRefused_AndNothingMoves()
    {
        var indicator = NewCount();
        indicator.SetMilestones([new Milestone(new DateOnly(2019, 12, 31), 900)]);

        var error = Assert.Throws<DomainException>(() => indicator.Redefine(Name, 0, Start, 1000, new DateOnly(2019, 6, 30), "Shorter plan", "Sam Diallo", Today));

        Assert.Equal("MilestoneOutsidePeriod", error.Code);
        Assert.Equal(End, indicator.TargetDate);
        Assert.Empty(indicator.Rebaselines);
    }

    [Fact]
    public void AFinalIndicator_TakesNoDefinitionNorMilestones()
    {
        var plan = NewPlan();
        var indicator = AddObjective(plan, "A").AddRecordedIndicator(Name, IndicatorUnit.Count, 0, Start, 1000, End);
        plan.PutInForce();
        plan.Close(new DateOnly(2021, 3, 1), (_, _) => null, (_, day) => new CommitmentAssessment(CommitmentVerdict.Met, day, 0, 0, []));

        Assert.Equal("IndicatorFinal", Assert.Throws<DomainException>(() => indicator.Describe(IndicatorDefinition.None)).Code);
        Assert.Equal("IndicatorFinal", Assert.Throws<DomainException>(() => indicator.SetMilestones([])).Code);
    }
}
