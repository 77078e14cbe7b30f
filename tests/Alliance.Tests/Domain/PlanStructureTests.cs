using Alliance.Domain;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

/// <summary>A plan's structure as data: its own kinds of element, elements under elements, categories, cross-cutting contributions.</summary>
public class PlanStructureTests
{
    private static readonly LocalizedText Text = new("Text", "Texte");

    [Fact]
    public void Elements_NestToAnyDepth_UnderElementsOfTheSamePlan()
    {
        var plan = new StrategicPlan("Plan 2021–2025", "Plan 2021-2025", 2021, 2025, new DateOnly(2021, 6, 1));
        var goal = plan.AddElementKind("goal", new("Goal", "But"), new("Goals", "Buts"));
        var priority = plan.AddElementKind("priority", new("Strategic priority", "Priorité stratégique"), new("Strategic priorities", "Priorités stratégiques"), labelledByCode: true);
        var objective = plan.AddElementKind("objective", new("Objective", "Objectif"), new("Objectives", "Objectifs"), labelledByCode: true);

        var top = plan.AddObjective("G", goal, Text, Text);
        var first = plan.AddObjective("1", priority, Text, Text, parent: top);
        var deep = plan.AddObjective("1.1", objective, Text, Text, parent: first);

        Assert.Null(top.Parent);
        Assert.Same(first, deep.Parent);
        Assert.Same(top, deep.Parent!.Parent);
        Assert.Equal(["goal", "priority", "objective"], plan.ElementKinds.Select(k => k.Code));
        Assert.Equal([1, 2, 3], plan.ElementKinds.Select(k => k.SortOrder));
    }

    [Fact]
    public void AddObjective_OfAnotherPlansKind_Throws()
    {
        var plan = NewPlan();
        var other = new StrategicPlan("Plan 2021–2025", "Plan 2021-2025", 2021, 2025, new DateOnly(2021, 6, 1));

        var error = Assert.Throws<DomainException>(() => plan.AddObjective("A", ObjectiveKind(other), Text, Text));

        Assert.Equal("ElementKindNotInPlan", error.Code);
        Assert.Empty(plan.Objectives);
    }

    [Fact]
    public void AddObjective_UnderAnotherPlansElement_Throws()
    {
        var plan = NewPlan();
        var other = new StrategicPlan("Plan 2021–2025", "Plan 2021-2025", 2021, 2025, new DateOnly(2021, 6, 1));
        var foreign = AddObjective(other, "G");

        var error = Assert.Throws<DomainException>(() => plan.AddObjective("A", ObjectiveKind(plan), Text, Text, parent: foreign));

        Assert.Equal("ParentNotInPlan", error.Code);
    }

    [Theory]
    [InlineData("objective")]
    [InlineData(" OBJECTIVE ")]
    public void AddElementKind_WithACodeThePlanHas_Throws(string code)
    {
        var plan = NewPlan();
        ObjectiveKind(plan);

        var error = Assert.Throws<DomainException>(() => plan.AddElementKind(code, Text, Text));

        Assert.Equal("DuplicateElementKindCode", error.Code);
        Assert.Single(plan.ElementKinds);
    }

    [Fact]
    public void AddElementKind_WithoutFrenchPlural_Throws()
    {
        var error = Assert.Throws<DomainException>(() => NewPlan().AddElementKind("goal", Text, new LocalizedText("Goals", " ")));

        Assert.Equal("Required", error.Code);
    }

    [Fact]
    public void Categories_BelongToTheirPlan_AndAreUniqueByCode()
    {
        var plan = NewPlan();
        var standards = Category(plan);

        var error = Assert.Throws<DomainException>(() => plan.AddCategory("standards", Text));

        Assert.Same(plan, standards.Plan);
        Assert.Equal("DuplicateCategoryCode", error.Code);
    }

    [Fact]
    public void AddActivity_InACategoryOfAnotherPlan_Throws()
    {
        var workplan = NewWorkplan();
        var other = NewPlan();

        var error = Assert.Throws<DomainException>(() => workplan.AddActivity(Details(workplan) with { Category = Category(other) }));

        Assert.Equal("CategoryNotInPlan", error.Code);
        Assert.Empty(workplan.Activities);
    }

    [Fact]
    public void AnActivity_ContributesToCrossCuttingElements_BesidesItsMainOne()
    {
        var workplan = NewWorkplan();
        var prevention = workplan.Plan.AddObjective("PREV", SecondaryKind(workplan.Plan), Text, Text);
        var capacity = workplan.Plan.AddObjective("CAPACITY", SecondaryKind(workplan.Plan), Text, Text);

        var activity = workplan.AddActivity(Details(workplan) with { ContributesTo = [prevention, capacity, prevention] });

        Assert.Equal([prevention, capacity], activity.Contributions.Select(c => c.Objective));
    }

    [Fact]
    public void AnActivity_ContributingToAnElementThatIsNotCrossCutting_Throws()
    {
        var workplan = NewWorkplan();
        var objectiveB = AddObjective(workplan.Plan, "B");

        var error = Assert.Throws<DomainException>(() => workplan.AddActivity(Details(workplan) with { ContributesTo = [objectiveB] }));

        Assert.Equal("ContributionNotCrossCutting", error.Code);
        Assert.Equal(nameof(ActivityDetails.ContributesTo), error.Field);
    }

    [Fact]
    public void AnActivity_ContributingToItsMainElement_Throws()
    {
        var workplan = NewWorkplan();
        var prevention = workplan.Plan.AddObjective("PREV", SecondaryKind(workplan.Plan), Text, Text);

        var error = Assert.Throws<DomainException>(() =>
            workplan.AddActivity(Details(workplan) with { Objective = prevention, ContributesTo = [prevention] }));

        Assert.Equal("ContributionIsMainElement", error.Code);
    }

    [Fact]
    public void AnActivity_ContributingToAnotherPlansElement_Throws()
    {
        var workplan = NewWorkplan();
        var other = NewPlan();
        var foreign = other.AddObjective("PREV", SecondaryKind(other), Text, Text);

        var error = Assert.Throws<DomainException>(() => workplan.AddActivity(Details(workplan) with { ContributesTo = [foreign] }));

        Assert.Equal("ObjectiveNotInPlan", error.Code);
        Assert.Equal(nameof(ActivityDetails.ContributesTo), error.Field);
    }

    [Fact]
    public void Edit_WithoutAListOfContributions_KeepsThem_AndAnEmptyListClearsThem()
    {
        var workplan = NewWorkplan();
        var prevention = workplan.Plan.AddObjective("PREV", SecondaryKind(workplan.Plan), Text, Text);
        var activity = workplan.AddActivity(Details(workplan) with { ContributesTo = [prevention] });

        activity.Edit(Details(workplan, "Revise the CPMS again"));
        var kept = activity.Contributions.Select(c => c.Objective).ToList();
        activity.Edit(Details(workplan) with { ContributesTo = [] });

        Assert.Equal([prevention], kept);
        Assert.Empty(activity.Contributions);
    }

    [Fact]
    public void ANewPlan_IsADraft_AndOncePutInForce_KeepsItsStructure()
    {
        var plan = NewPlan();
        AddObjective(plan);

        plan.PutInForce();

        Assert.Equal(PlanStatus.InForce, plan.Status);
        Assert.Equal("PlanNotDraft", Assert.Throws<DomainException>(() => AddObjective(plan, "B")).Code);
        Assert.Equal("PlanNotDraft", Assert.Throws<DomainException>(() => plan.AddCategory("advocacy", Text)).Code);
        Assert.Equal("PlanNotDraft", Assert.Throws<DomainException>(() => SecondaryKind(plan)).Code);
        Assert.Equal("PlanNotDraft", Assert.Throws<DomainException>(plan.PutInForce).Code);
        Assert.Single(plan.Objectives);
    }

    [Fact]
    public void ADraftWithoutElements_CannotBePutInForce()
    {
        var plan = NewPlan();

        Assert.Equal("PlanWithoutElements", Assert.Throws<DomainException>(plan.PutInForce).Code);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Theory]
    [InlineData(1999, 2001, "StartYear")]
    [InlineData(2099, 2101, "EndYear")]
    public void APlansYears_AreBetween2000And2100(int start, int end, string field)
    {
        var error = Assert.Throws<DomainException>(() => new StrategicPlan("Plan", "Plan", start, end, new DateOnly(2050, 1, 1)));

        Assert.Equal(("PlanYearOutOfRange", field), (error.Code, error.Field));
    }

    [Fact]
    public void Closing_KeepsEachIndicatorsValueOfThePlansLastDay_AndEachCommitmentsVerdict()
    {
        var plan = NewPlan();
        var objective = AddObjective(plan);
        var computed = objective.AddComputedIndicator(Text, ComputedMetric.ObjectiveActivitiesCompletedPercent, 0, plan.StartsOn, 100, plan.EndsOn);
        var recorded = objective.AddRecordedIndicator(Text, IndicatorUnit.Count, 0, plan.StartsOn, 10, plan.EndsOn);
        recorded.RecordValue(new DateOnly(2020, 6, 30), 4, null, null, "Secretariat", new DateOnly(2021, 3, 1));
        recorded.RecordValue(new DateOnly(2021, 2, 1), 9, null, null, "Secretariat", new DateOnly(2021, 3, 1));
        plan.AddCommitment("C-1", CommitmentRule.VacantSeatsFilled, Text, plan.EndsOn);
        plan.PutInForce();
        var askedFor = new List<DateOnly>();

        plan.Close(new DateOnly(2021, 3, 1), (indicator, day) => { askedFor.Add(day); return 62.5m; },
            (commitment, day) => new CommitmentAssessment(CommitmentVerdict.Missed, day, 2, 4, []));

        Assert.Equal((PlanStatus.Closed, new DateOnly(2021, 3, 1), plan.EndsOn), (plan.Status, plan.ClosedOn, plan.ResultsOn));
        Assert.Equal([plan.EndsOn], askedFor);
        Assert.Equal((plan.EndsOn, 62.5m), (computed.FinalOn, computed.FinalValue));
        // A value dated after the plan's end is not its result.
        Assert.Equal(4m, recorded.FinalValue);
        Assert.Equal((CommitmentVerdict.Missed, 2m), (plan.Commitments[0].FinalVerdict, plan.Commitments[0].FinalAchieved));
        Assert.Equal("IndicatorFinal", Assert.Throws<DomainException>(() =>
            recorded.RecordValue(new DateOnly(2020, 12, 1), 5, null, null, "Secretariat", new DateOnly(2021, 3, 2))).Code);
        Assert.Equal(2, recorded.Values.Count);
    }

    [Fact]
    public void ClosingBeforeThePlanEnds_KeepsTheValuesOfTheDayItCloses()
    {
        var plan = NewPlan();
        AddObjective(plan).AddComputedIndicator(Text, ComputedMetric.ObjectiveActivitiesCompletedPercent, 0, plan.StartsOn, 100, plan.EndsOn);
        plan.PutInForce();

        plan.Close(new DateOnly(2019, 5, 1), (_, _) => null, (_, day) => new CommitmentAssessment(CommitmentVerdict.OnTrack, day, 0, 4, []));

        Assert.Equal(new DateOnly(2019, 5, 1), plan.ResultsOn);
        Assert.True(plan.Objectives[0].Indicators[0].IsFinal);
        Assert.Null(plan.Objectives[0].Indicators[0].FinalValue);
    }

    [Fact]
    public void ClosingTwice_OrClosingADraft_Throws()
    {
        var draft = NewPlan();
        AddObjective(draft);
        var plan = NewPlan();
        AddObjective(plan);
        plan.PutInForce();
        plan.Close(new DateOnly(2021, 1, 15), (_, _) => 1m, (_, day) => new CommitmentAssessment(CommitmentVerdict.Met, day, 1, 1, []));

        Assert.Equal("PlanNotInForce", Assert.Throws<DomainException>(() => plan.Close(new DateOnly(2021, 2, 1), (_, _) => 2m,
            (_, day) => new CommitmentAssessment(CommitmentVerdict.Met, day, 1, 1, []))).Code);
        Assert.Equal("PlanNotInForce", Assert.Throws<DomainException>(() => draft.Close(new DateOnly(2021, 2, 1), (_, _) => 2m,
            (_, day) => new CommitmentAssessment(CommitmentVerdict.Met, day, 1, 1, []))).Code);
        Assert.Equal(new DateOnly(2021, 1, 15), plan.ClosedOn);
    }

    [Fact]
    public void ADraftsElement_IsReworded_OrRemoved_WhenNothingRestsOnIt()
    {
        var plan = NewPlan();
        var top = AddObjective(plan, "A");
        var under = plan.AddObjective("A1", ObjectiveKind(plan), new LocalizedText("Under", "Dessous"), new LocalizedText("Under A.", "Sous A."), top);
        var measured = AddObjective(plan, "B");
        measured.AddRecordedIndicator(new LocalizedText("Count", "Nombre"), IndicatorUnit.Count, 0, new DateOnly(2018, 1, 1), 5, new DateOnly(2020, 12, 31));

        plan.RewordElement("a1", new LocalizedText("Beneath", "En dessous"), new LocalizedText("Beneath A.", "Sous A."));
        var hasChildren = Assert.Throws<DomainException>(() => plan.RemoveElement("A"));
        var inUse = Assert.Throws<DomainException>(() => plan.RemoveElement("B"));
        var blank = Assert.Throws<DomainException>(() => plan.RewordElement("A", new LocalizedText(" ", "x"), new LocalizedText("s", "s")));
        var unknown = Assert.Throws<DomainException>(() => plan.RemoveElement("Z"));
        plan.RemoveElement("A1");

        Assert.Equal("Beneath", under.TitleEn);
        Assert.Equal(["ElementHasChildren", "ElementInUse", "Required", "ElementNotFound"], new[] { hasChildren, inUse, blank, unknown }.Select(e => e.Code));
        Assert.Equal(["A", "B"], plan.Objectives.Select(o => o.Code));
        plan.PutInForce();
        Assert.Equal("PlanNotDraft", Assert.Throws<DomainException>(() => plan.RemoveElement("A")).Code);
        Assert.Equal("PlanNotDraft", Assert.Throws<DomainException>(() => plan.RewordElement("A", top.Title, top.Statement)).Code);
    }
}
