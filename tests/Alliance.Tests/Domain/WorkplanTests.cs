using Alliance.Domain;
using Alliance.Domain.Workplans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

public class WorkplanTests
{
    [Fact]
    public void AddActivity_WithValidDetails_AddsActivityNotStartedAtZeroPercent()
    {
        var workplan = NewWorkplan();

        var activity = workplan.AddActivity(Details(workplan));

        Assert.Same(activity, Assert.Single(workplan.Activities));
        Assert.Same(workplan, activity.Workplan);
        Assert.Equal("Revise the CPMS", activity.Title);
        Assert.Equal(ActivityStatus.NotStarted, activity.Status);
        Assert.Equal(0, activity.PercentComplete);
        Assert.False(activity.IsArchived);
        Assert.Empty(activity.ProgressUpdates);
        Assert.Equal(Start, activity.StartDate);
        Assert.Equal(Due, activity.DueDate);
    }

    [Fact]
    public void AddActivity_TrimsTextsAndTreatsBlankOptionalTextsAsNone()
    {
        var workplan = NewWorkplan();

        var activity = workplan.AddActivity(Details(workplan, "  Revise the CPMS  ") with { Description = "   ", Deliverable = "" });

        Assert.Equal("Revise the CPMS", activity.Title);
        Assert.Null(activity.Description);
        Assert.Null(activity.Deliverable);
    }

    [Theory]
    [InlineData("Revise the CPMS")]
    [InlineData("revise the cpms")]
    [InlineData("  REVISE THE CPMS ")]
    public void AddActivity_WithDuplicateTitle_Throws(string duplicate)
    {
        var workplan = NewWorkplan();
        workplan.AddActivity(Details(workplan, "Revise the CPMS"));

        var error = Assert.Throws<DomainException>(() => workplan.AddActivity(Details(workplan, duplicate)));

        Assert.Equal("DuplicateActivityTitle", error.Code);
        Assert.Single(workplan.Activities);
    }

    [Fact]
    public void AddActivity_WithTitleOfArchivedActivity_Succeeds()
    {
        var workplan = NewWorkplan();
        workplan.AddActivity(Details(workplan)).Archive();

        var replacement = workplan.AddActivity(Details(workplan));

        Assert.Equal(2, workplan.Activities.Count);
        Assert.False(replacement.IsArchived);
    }

    [Fact]
    public void AddActivity_WithObjectiveOfAnotherPlan_Throws()
    {
        var workplan = NewWorkplan();
        var otherPlan = NewPlan();
        var foreignObjective = AddObjective(otherPlan);

        var error = Assert.Throws<DomainException>(() =>
            workplan.AddActivity(Details(workplan) with { Objective = foreignObjective }));

        Assert.Equal("ObjectiveNotInPlan", error.Code);
        Assert.Empty(workplan.Activities);
    }

    [Fact]
    public void AddActivity_WithAnotherObjectiveOfTheSamePlan_Succeeds()
    {
        var workplan = NewWorkplan();
        var objectiveC = AddObjective(workplan.Plan, "C");

        var activity = workplan.AddActivity(Details(workplan) with { Objective = objectiveC });

        Assert.Same(objectiveC, activity.Objective);
    }

    [Fact]
    public void AddActivity_WithDueDateBeforeStartDate_Throws()
    {
        var workplan = NewWorkplan();

        var error = Assert.Throws<DomainException>(() =>
            workplan.AddActivity(Details(workplan) with { StartDate = new DateOnly(2019, 5, 2), DueDate = new DateOnly(2019, 5, 1) }));

        Assert.Equal("DatesOutOfOrder", error.Code);
        Assert.Empty(workplan.Activities);
    }

    [Fact]
    public void AddActivity_DueOnItsStartDate_Succeeds()
    {
        var workplan = NewWorkplan();
        var day = new DateOnly(2019, 5, 2);

        var activity = workplan.AddActivity(Details(workplan) with { StartDate = day, DueDate = day });

        Assert.Equal(day, activity.DueDate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void AddActivity_WithoutTitle_Throws(string? title)
    {
        var workplan = NewWorkplan();

        var error = Assert.Throws<DomainException>(() => workplan.AddActivity(Details(workplan, title!)));

        Assert.Equal("Required", error.Code);
        Assert.Empty(workplan.Activities);
    }

    [Fact]
    public void AddActivity_WithTitleOfMaximumLength_Succeeds()
    {
        var workplan = NewWorkplan();

        var activity = workplan.AddActivity(Details(workplan, new string('x', Activity.TitleMaxLength)));

        Assert.Equal(Activity.TitleMaxLength, activity.Title.Length);
    }

    [Fact]
    public void AddActivity_WithTooLongTitle_Throws()
    {
        var workplan = NewWorkplan();

        var error = Assert.Throws<DomainException>(() =>
            workplan.AddActivity(Details(workplan, new string('x', Activity.TitleMaxLength + 1))));

        Assert.Equal("TooLong", error.Code);
        Assert.Empty(workplan.Activities);
    }

    [Fact]
    public void AddActivity_WithTooLongDescription_Throws()
    {
        var workplan = NewWorkplan();

        var error = Assert.Throws<DomainException>(() =>
            workplan.AddActivity(Details(workplan) with { Description = new string('x', Activity.DescriptionMaxLength + 1) }));

        Assert.Equal("TooLong", error.Code);
        Assert.Empty(workplan.Activities);
    }

    [Fact]
    public void AddActivity_WithTooLongDeliverable_Throws()
    {
        var workplan = NewWorkplan();

        var error = Assert.Throws<DomainException>(() =>
            workplan.AddActivity(Details(workplan) with { Deliverable = new string('x', Activity.DeliverableMaxLength + 1) }));

        Assert.Equal("TooLong", error.Code);
        Assert.Empty(workplan.Activities);
    }
}
