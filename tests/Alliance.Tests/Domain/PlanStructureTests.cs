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
}
