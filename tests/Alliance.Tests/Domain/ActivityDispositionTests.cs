using Alliance.Domain;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

/// <summary>What becomes of an activity not completed when its plan closes: carried over, closed or dropped, for a reason.</summary>
public class ActivityDispositionTests
{
    private static readonly DateOnly NextAdopted = new(2021, 7, 1);

    private static (Activity Activity, Workplan Next, Objective Element, CategoryOfWork Category) Closing()
    {
        var activity = NewActivity();
        var next = new StrategicPlan("Strategy 2021–2025", "Stratégie 2021-2025", 2021, 2025, NextAdopted);
        var element = AddObjective(next, "3");
        var category = Category(next);
        return (activity, new Workplan(activity.Workplan.WorkingGroup, next), element, category);
    }

    [Fact]
    public void CarryingOver_StartsANewActivityInTheNextPlan_LinkedBothWays_AndEndsTheOld()
    {
        var (activity, next, element, category) = Closing();
        Record(activity, Report(ActivityStatus.OnTrack, 40));

        var carried = activity.CarryInto(next, element, category, "Needs another year of field testing.", NextAdopted);

        Assert.Same(carried, Assert.Single(next.Activities));
        Assert.Equal((activity.Title, activity.Deliverable, element, category), (carried.Title, carried.Deliverable, carried.Objective, carried.Category));
        // Its due date had passed: it is due a year after its new start.
        Assert.Equal((NextAdopted, NextAdopted.AddYears(1)), (carried.StartDate, carried.DueDate));
        Assert.Equal((ActivityStatus.NotStarted, 0), (carried.Status, carried.PercentComplete));
        Assert.Same(activity, carried.CarriedFrom);
        Assert.Same(carried, activity.CarriedInto);
        Assert.Equal((ActivityDisposition.CarriedOver, "Needs another year of field testing."), (activity.Disposition!.Value, activity.DispositionReason));
        Assert.False(activity.AwaitsDecision);
        Assert.True(carried.AwaitsDecision);
    }

    [Theory]
    [InlineData(ActivityDisposition.Closed)]
    [InlineData(ActivityDisposition.Dropped)]
    public void ClosingOrDropping_NeedsAReason_AndThenTheActivityTakesNoMoreProgress(ActivityDisposition disposition)
    {
        var activity = NewActivity();

        var noReason = Assert.Throws<DomainException>(() => activity.EndWithPlan(disposition, " "));
        activity.EndWithPlan(disposition, "The plan ended.");
        var later = Assert.Throws<DomainException>(() => Record(activity, Report(ActivityStatus.OnTrack, 10)));

        Assert.Equal(("Required", "DispositionReason"), (noReason.Code, noReason.Field));
        Assert.Equal(disposition, activity.Disposition);
        Assert.Equal("ActivityEndedWithPlan", later.Code);
    }

    [Fact]
    public void DecidingTwice_IsRefused_AndSoIsCarryingOverByTheOtherDoor()
    {
        var (activity, next, element, category) = Closing();
        activity.EndWithPlan(ActivityDisposition.Closed, "Done as far as it goes.");

        Assert.Equal("ActivityAlreadyDecided", Assert.Throws<DomainException>(() => activity.EndWithPlan(ActivityDisposition.Dropped, "Again")).Code);
        Assert.Equal("ActivityAlreadyDecided", Assert.Throws<DomainException>(() => activity.CarryInto(next, element, category, "Again", NextAdopted)).Code);
        Assert.Equal("UnknownDisposition", Assert.Throws<DomainException>(() => NewActivity().EndWithPlan(ActivityDisposition.CarriedOver, "No")).Code);
        Assert.Empty(next.Activities);
    }

    [Fact]
    public void AnArchivedActivity_OrACompletedOne_IsNotCarriedOver()
    {
        var (archived, next, element, category) = Closing();
        archived.Archive();
        var completed = archived.Workplan.AddActivity(Details(archived.Workplan, "Publish the guide"));
        Record(completed, Report(ActivityStatus.Completed, 100));

        Assert.Equal("ActivityArchived", Assert.Throws<DomainException>(() => archived.CarryInto(next, element, category, "Why not", NextAdopted)).Code);
        Assert.Equal("ActivityAlreadyFinished", Assert.Throws<DomainException>(() => completed.CarryInto(next, element, category, "Why not", NextAdopted)).Code);
        Assert.Empty(next.Activities);
    }

    [Fact]
    public void CarryingIntoItsOwnPlan_IntoAnotherGroup_OrUnderAnotherPlansElement_IsRefused()
    {
        var (activity, next, element, category) = Closing();
        var own = activity.Workplan;
        var otherGroup = new Workplan(NewGroup("other"), next.Plan);

        Assert.Equal("CarryIntoSamePlan", Assert.Throws<DomainException>(() => activity.CarryInto(own, own.Plan.Objectives[0], Category(own.Plan), "x", NextAdopted)).Code);
        Assert.Equal("CarryIntoOtherGroup", Assert.Throws<DomainException>(() => activity.CarryInto(otherGroup, element, category, "x", NextAdopted)).Code);
        Assert.Equal("ObjectiveNotInPlan", Assert.Throws<DomainException>(() => activity.CarryInto(next, own.Plan.Objectives[0], category, "x", NextAdopted)).Code);
        Assert.Null(activity.Disposition);
    }

    [Fact]
    public void ACarriedActivity_KeepsAStartAndDueLaterThanTheNextPlansAdoption()
    {
        var (activity, next, element, category) = Closing();
        activity.Edit(Details(activity.Workplan) with { StartDate = new DateOnly(2021, 9, 1), DueDate = new DateOnly(2022, 6, 30) });

        var carried = activity.CarryInto(next, element, category, "Starts later.", NextAdopted);

        Assert.Equal((new DateOnly(2021, 9, 1), new DateOnly(2022, 6, 30)), (carried.StartDate, carried.DueDate));
    }
}
