using Alliance.Domain;
using Alliance.Domain.Plans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

public class StrategicPlanTests
{
    private static readonly LocalizedText Title = new("Evidence", "Données probantes");
    private static readonly LocalizedText Statement = new("Alliance resources rest on solid evidence.", "Les ressources de l'Alliance reposent sur des données solides.");

    [Fact]
    public void Constructor_CoversWholeYears()
    {
        var plan = new StrategicPlan(" Strategic plan 2018–2020 ", "Plan stratégique 2018–2020", 2018, 2020, new DateOnly(2018, 3, 9));

        Assert.Equal("Strategic plan 2018–2020", plan.TitleEn);
        Assert.Equal(new DateOnly(2018, 1, 1), plan.StartsOn);
        Assert.Equal(new DateOnly(2020, 12, 31), plan.EndsOn);
        Assert.Empty(plan.Objectives);
    }

    [Fact]
    public void Constructor_EndingBeforeItStarts_Throws()
    {
        var error = Assert.Throws<DomainException>(() => new StrategicPlan("Plan", "Plan", 2021, 2020, new DateOnly(2021, 1, 1)));

        Assert.Equal("PlanPeriodOutOfOrder", error.Code);
    }

    [Fact]
    public void Constructor_EndingInTheYearItStarts_Succeeds()
    {
        var plan = new StrategicPlan("Plan", "Plan", 2021, 2021, new DateOnly(2021, 1, 1));

        Assert.Equal(new DateOnly(2021, 12, 31), plan.EndsOn);
    }

    [Theory]
    [InlineData("", "Plan")]
    [InlineData("Plan", "  ")]
    public void Constructor_WithoutTitleInBothLanguages_Throws(string en, string fr)
    {
        var error = Assert.Throws<DomainException>(() => new StrategicPlan(en, fr, 2018, 2020, new DateOnly(2018, 3, 9)));

        Assert.Equal("Required", error.Code);
    }

    [Fact]
    public void AddObjective_NormalizesCodeAndNumbersObjectivesInOrder()
    {
        var plan = NewPlan();

        var a = plan.AddObjective(" a ", ObjectiveKind(plan), Title, Statement);
        var b = plan.AddObjective("B", ObjectiveKind(plan), Title, Statement);
        var prevention = plan.AddObjective("prevention", SecondaryKind(plan), Title, Statement);

        Assert.Equal(["A", "B", "PREVENTION"], plan.Objectives.Select(o => o.Code));
        Assert.Equal([1, 2, 3], plan.Objectives.Select(o => o.SortOrder));
        Assert.Same(plan, a.Plan);
        Assert.Same(SecondaryKind(plan), prevention.Kind);
        Assert.Equal(Statement, b.Statement);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("a")]
    [InlineData(" A ")]
    public void AddObjective_WithDuplicateCode_Throws(string duplicate)
    {
        var plan = NewPlan();
        plan.AddObjective("A", ObjectiveKind(plan), Title, Statement);

        var error = Assert.Throws<DomainException>(() => plan.AddObjective(duplicate, ObjectiveKind(plan), Title, Statement));

        Assert.Equal("DuplicateObjectiveCode", error.Code);
        Assert.Single(plan.Objectives);
    }

    [Fact]
    public void AddObjective_SameCodeInAnotherPlan_Succeeds()
    {
        var first = NewPlan();
        var later = new StrategicPlan("Strategic plan 2021–2025", "Plan stratégique 2021–2025", 2021, 2025, new DateOnly(2021, 7, 1));
        first.AddObjective("A", ObjectiveKind(first), Title, Statement);

        later.AddObjective("A", ObjectiveKind(later), Title, Statement);

        Assert.Single(later.Objectives);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AddObjective_WithoutCode_Throws(string code)
    {
        var plan = NewPlan();

        var error = Assert.Throws<DomainException>(() => plan.AddObjective(code, ObjectiveKind(plan), Title, Statement));

        Assert.Equal("Required", error.Code);
        Assert.Empty(plan.Objectives);
    }

    [Fact]
    public void AddObjective_WithTooLongCode_Throws()
    {
        var plan = NewPlan();

        var error = Assert.Throws<DomainException>(() =>
            plan.AddObjective(new string('A', Objective.CodeMaxLength + 1), ObjectiveKind(plan), Title, Statement));

        Assert.Equal("TooLong", error.Code);
        Assert.Empty(plan.Objectives);
    }

    [Fact]
    public void AddObjective_WithoutFrenchStatement_Throws()
    {
        var plan = NewPlan();

        var error = Assert.Throws<DomainException>(() =>
            plan.AddObjective("B", ObjectiveKind(plan), Title, new LocalizedText("Statement", "")));

        Assert.Equal("Required", error.Code);
        Assert.Empty(plan.Objectives);
    }
}
