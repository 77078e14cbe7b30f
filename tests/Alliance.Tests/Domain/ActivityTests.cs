using Alliance.Domain;
using Alliance.Domain.Workplans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

public class ActivityTests
{
    [Fact]
    public void Edit_WithValidDetails_ReplacesDetails()
    {
        var workplan = NewWorkplan();
        var activity = workplan.AddActivity(Details(workplan));
        var objectiveB = AddObjective(workplan.Plan, "B");

        activity.Edit(new ActivityDetails(" Roll out the CPMS ", null, objectiveB, Category(activity.Workplan.Plan),
            new DateOnly(2019, 1, 1), new DateOnly(2020, 6, 30), "Roll-out report"));

        Assert.Equal("Roll out the CPMS", activity.Title);
        Assert.Null(activity.Description);
        Assert.Same(objectiveB, activity.Objective);
        Assert.Equal(new DateOnly(2019, 1, 1), activity.StartDate);
        Assert.Equal(new DateOnly(2020, 6, 30), activity.DueDate);
        Assert.Equal("Roll-out report", activity.Deliverable);
    }

    [Fact]
    public void Edit_ToTitleOfAnotherLiveActivity_Throws()
    {
        var workplan = NewWorkplan();
        workplan.AddActivity(Details(workplan, "Revise the CPMS"));
        var activity = workplan.AddActivity(Details(workplan, "Train CPMS focal points"));

        var error = Assert.Throws<DomainException>(() => activity.Edit(Details(workplan, " revise the CPMS")));

        Assert.Equal("DuplicateActivityTitle", error.Code);
        Assert.Equal("Train CPMS focal points", activity.Title);
    }

    [Fact]
    public void Edit_ToTitleOfArchivedActivity_Succeeds()
    {
        var workplan = NewWorkplan();
        workplan.AddActivity(Details(workplan, "Revise the CPMS")).Archive();
        var activity = workplan.AddActivity(Details(workplan, "Train CPMS focal points"));

        activity.Edit(Details(workplan, "Revise the CPMS"));

        Assert.Equal("Revise the CPMS", activity.Title);
    }

    [Fact]
    public void Edit_ChangingOnlyTheCaseOfItsOwnTitle_Succeeds()
    {
        var workplan = NewWorkplan();
        var activity = workplan.AddActivity(Details(workplan, "Revise the cpms"));

        activity.Edit(Details(workplan, "Revise the CPMS"));

        Assert.Equal("Revise the CPMS", activity.Title);
    }

    [Fact]
    public void Edit_WhenArchived_Throws()
    {
        var workplan = NewWorkplan();
        var activity = workplan.AddActivity(Details(workplan));
        activity.Archive();

        var error = Assert.Throws<DomainException>(() => activity.Edit(Details(workplan, "Something else")));

        Assert.Equal("ActivityArchived", error.Code);
        Assert.Equal("Revise the CPMS", activity.Title);
    }

    [Fact]
    public void Edit_WithObjectiveOfAnotherPlan_Throws()
    {
        var workplan = NewWorkplan();
        var activity = workplan.AddActivity(Details(workplan));
        var original = activity.Objective;
        var foreignObjective = AddObjective(NewPlan());

        var error = Assert.Throws<DomainException>(() => activity.Edit(Details(workplan) with { Objective = foreignObjective }));

        Assert.Equal("ObjectiveNotInPlan", error.Code);
        Assert.Same(original, activity.Objective);
    }

    [Fact]
    public void Edit_WithDueDateBeforeStartDate_Throws()
    {
        var workplan = NewWorkplan();
        var activity = workplan.AddActivity(Details(workplan));

        var error = Assert.Throws<DomainException>(() =>
            activity.Edit(Details(workplan) with { StartDate = new DateOnly(2020, 1, 2), DueDate = new DateOnly(2020, 1, 1) }));

        Assert.Equal("DatesOutOfOrder", error.Code);
        Assert.Equal(Start, activity.StartDate);
        Assert.Equal(Due, activity.DueDate);
    }

    [Fact]
    public void Edit_WithTooLongDeliverable_LeavesActivityUnchanged()
    {
        var workplan = NewWorkplan();
        var activity = workplan.AddActivity(Details(workplan));

        var error = Assert.Throws<DomainException>(() => activity.Edit(
            Details(workplan, "A new title") with { Description = "A new description", Deliverable = new string('x', Activity.DeliverableMaxLength + 1) }));

        Assert.Equal("TooLong", error.Code);
        Assert.Equal("Revise the CPMS", activity.Title);
        Assert.Equal("Second edition of the standards.", activity.Description);
        Assert.Equal("CPMS 2019 edition", activity.Deliverable);
    }

    [Fact]
    public void Edit_WithoutTitle_Throws()
    {
        var workplan = NewWorkplan();
        var activity = workplan.AddActivity(Details(workplan));

        var error = Assert.Throws<DomainException>(() => activity.Edit(Details(workplan, "  ")));

        Assert.Equal("Required", error.Code);
        Assert.Equal("Revise the CPMS", activity.Title);
    }

    [Fact]
    public void Archive_ThenRestore_AllowsChangesAgain()
    {
        var activity = NewActivity();

        activity.Archive();
        Assert.True(activity.IsArchived);
        activity.Restore();

        Assert.False(activity.IsArchived);
        Record(activity, Report(ActivityStatus.OnTrack, 10));
        Assert.Equal(10, activity.PercentComplete);
    }

    [Fact]
    public void Restore_WhenALiveActivityHasTakenItsTitle_Throws()
    {
        var workplan = NewWorkplan();
        var archived = workplan.AddActivity(Details(workplan));
        archived.Archive();
        workplan.AddActivity(Details(workplan, "REVISE THE CPMS"));

        var error = Assert.Throws<DomainException>(archived.Restore);

        Assert.Equal("DuplicateActivityTitle", error.Code);
        Assert.True(archived.IsArchived);
    }

    [Fact]
    public void Restore_WhenNotArchived_KeepsActivityLive()
    {
        var activity = NewActivity();

        activity.Restore();

        Assert.False(activity.IsArchived);
    }

    [Theory]
    [InlineData(ActivityStatus.NotStarted, 0, false)]
    [InlineData(ActivityStatus.OnTrack, 50, false)]
    [InlineData(ActivityStatus.AtRisk, 50, false)]
    [InlineData(ActivityStatus.OffTrack, 50, false)]
    [InlineData(ActivityStatus.Completed, 100, true)]
    [InlineData(ActivityStatus.Cancelled, 50, true)]
    public void IsClosed_IsTrueOnlyWhenCompletedOrCancelled(ActivityStatus status, int percent, bool closed)
    {
        var activity = NewActivity();
        if (status != ActivityStatus.NotStarted)
        {
            Record(activity, Report(status, percent));
        }

        Assert.Equal(closed, activity.IsClosed);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void IsOverdue_IsTrueFromTheDayAfterTheDueDate(int daysAfterDue, bool overdue)
    {
        var activity = NewActivity();

        Assert.Equal(overdue, activity.IsOverdue(Due.AddDays(daysAfterDue)));
    }

    [Theory]
    [InlineData(ActivityStatus.Completed, 100)]
    [InlineData(ActivityStatus.Cancelled, 30)]
    public void IsOverdue_WhenClosed_IsFalse(ActivityStatus status, int percent)
    {
        var activity = NewActivity();
        Record(activity, Report(status, percent));

        Assert.False(activity.IsOverdue(Due.AddDays(30)));
    }
}
