using Alliance.Domain;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

/// <summary>The co-led-groups and element-activities rules of a plan's commitments, on their edge dates.</summary>
public class CommitmentShareRulesTests
{
    private static readonly DateOnly Deadline = new(2020, 12, 31);
    private static readonly DateOnly BeforeDeadline = new(2019, 6, 30);

    private static WorkingGroup Group(string slug, params (Organisation Organisation, DateOnly Since, DateOnly? Ended)[] coLeads)
    {
        var group = new WorkingGroup(new LocalizedText($"{slug} group", $"Groupe {slug}"), slug.ToUpperInvariant(), slug, WorkingGroupKind,
            new LocalizedText("Mission.", "Mission."));
        foreach (var (organisation, since, ended) in coLeads)
        {
            group.AddCoLead(organisation, since);
            if (ended is { } day)
            {
                group.EndCoLead(organisation, day);
            }
        }
        return group;
    }

    private static readonly Organisation Global = NewOrganisation("Global NGO", OrganisationScope.Global);
    private static readonly Organisation National = NewOrganisation("National NGO", OrganisationScope.National);

    [Fact]
    public void AGroup_CountsWhileALocalOrNationalOrganisationCoLeadsIt_AndTheEvidenceNamesThatCoLead()
    {
        Organisation otherGlobal = NewOrganisation("Other global NGO", OrganisationScope.Global);
        WorkingGroup[] groups =
        [
            Group("a", (Global, new DateOnly(2017, 1, 1), null), (National, new DateOnly(2018, 1, 1), null)),
            Group("b", (otherGlobal, new DateOnly(2017, 1, 1), null)),
            Group("c"),
        ];

        var assessment = CommitmentAssessment.GroupsCoLedLocalShare(30, Deadline, BeforeDeadline, groups);

        Assert.Equal(
            [
                new CommitmentEvidence("A", true, "National NGO", new DateOnly(2018, 1, 1)),
                new CommitmentEvidence("B", false, "Other global NGO", new DateOnly(2017, 1, 1)),
                new CommitmentEvidence("C", false, null, null),
            ],
            assessment.Evidence);
        Assert.Equal((33.3m, 30m, CommitmentVerdict.OnTrack), (assessment.Achieved, assessment.Required, assessment.Verdict));
    }

    [Fact]
    public void ACoLeadTermEndingOnTheDeadline_DoesNotCountOnIt_AndTheVerdictIsFinal()
    {
        WorkingGroup[] groups = [Group("a", (National, new DateOnly(2018, 1, 1), Deadline))];

        var dayBefore = CommitmentAssessment.GroupsCoLedLocalShare(100, Deadline, Deadline.AddDays(-1), groups);
        var onDeadline = CommitmentAssessment.GroupsCoLedLocalShare(100, Deadline, Deadline, groups);
        var later = CommitmentAssessment.GroupsCoLedLocalShare(100, Deadline, new DateOnly(2023, 1, 1), groups);

        Assert.Equal(CommitmentVerdict.OnTrack, dayBefore.Verdict);
        Assert.Equal((CommitmentVerdict.Missed, 0m), (onDeadline.Verdict, onDeadline.Achieved));
        Assert.Equal((CommitmentVerdict.Missed, Deadline), (later.Verdict, later.AssessedOn));
    }

    [Fact]
    public void ACoLeadTermStartingOnTheDeadline_Counts()
    {
        WorkingGroup[] groups = [Group("a", (National, Deadline, null)), Group("b", (Global, new DateOnly(2017, 1, 1), null))];

        var assessment = CommitmentAssessment.GroupsCoLedLocalShare(50, Deadline, Deadline, groups);

        Assert.Equal((CommitmentVerdict.Met, 50m), (assessment.Verdict, assessment.Achieved));
    }

    [Fact]
    public void NoGroups_MeetsOnlyAShareOfZero()
    {
        Assert.Equal(CommitmentVerdict.Missed, CommitmentAssessment.GroupsCoLedLocalShare(10, Deadline, Deadline, []).Verdict);
        Assert.Equal(CommitmentVerdict.Met, CommitmentAssessment.GroupsCoLedLocalShare(0, Deadline, Deadline, []).Verdict);
    }

    private static (Objective Element, Workplan Workplan) ElementWithWorkplan()
    {
        var workplan = NewWorkplan();
        return (workplan.Plan.Objectives[0], workplan);
    }

    private static Activity AddActivity(Workplan workplan, string title, params (ActivityStatus Status, int Percent, DateTime At)[] updates)
    {
        var activity = workplan.AddActivity(Details(workplan, title));
        foreach (var (status, percent, at) in updates)
        {
            activity.RecordProgress(new ProgressReport(status, percent, "Progress.", null, false), "user-1", "Amina Diallo", at);
        }
        return activity;
    }

    private static DateTime At(int year, int month, int day, int hour = 12) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AnActivity_CountsWhenItsLastUpdateByTheDayLeftItCompleted_AndOneCancelledByThenIsLeftOut()
    {
        var (element, workplan) = ElementWithWorkplan();
        AddActivity(workplan, "Done in 2019", (ActivityStatus.OnTrack, 50, At(2019, 3, 1)), (ActivityStatus.Completed, 100, At(2019, 9, 1)));
        AddActivity(workplan, "Done after the day", (ActivityStatus.Completed, 100, At(2020, 3, 1)));
        AddActivity(workplan, "Cancelled", (ActivityStatus.Cancelled, 0, At(2019, 2, 1)));
        AddActivity(workplan, "Never updated");

        var onDay = CommitmentAssessment.ElementActivitiesCompleted(element.Id, 50, Deadline, new DateOnly(2019, 12, 31), workplan.Activities);

        Assert.Equal(
            [("Done after the day", false), ("Done in 2019", true), ("Never updated", false)],
            onDay.Evidence.Select(e => (e.Reference, e.Counts)).OrderBy(e => e.Reference, StringComparer.Ordinal));
        Assert.Equal((33.3m, CommitmentVerdict.Open), (onDay.Achieved, onDay.Verdict));
    }

    [Fact]
    public void AnUpdateRecordedLateOnTheDeadline_Counts_AndOneTheDayAfterDoesNot()
    {
        var (element, workplan) = ElementWithWorkplan();
        AddActivity(workplan, "Last minute", (ActivityStatus.Completed, 100, At(2020, 12, 31, 23)));
        AddActivity(workplan, "Too late", (ActivityStatus.Completed, 100, At(2021, 1, 1, 0)));

        var assessment = CommitmentAssessment.ElementActivitiesCompleted(element.Id, 50, Deadline, new DateOnly(2022, 6, 1), workplan.Activities);

        Assert.Equal((50m, CommitmentVerdict.Met, Deadline), (assessment.Achieved, assessment.Verdict, assessment.AssessedOn));
        Assert.True(assessment.Evidence.Single(e => e.Reference == "Last minute").Counts);
        Assert.False(assessment.Evidence.Single(e => e.Reference == "Too late").Counts);
    }

    [Fact]
    public void BeforeTheDeadline_AShareReachedIsOnTrack_AndOnTheDeadlineAShareShortIsMissed()
    {
        var (element, workplan) = ElementWithWorkplan();
        AddActivity(workplan, "Done", (ActivityStatus.Completed, 100, At(2019, 1, 1)));
        AddActivity(workplan, "Running", (ActivityStatus.OnTrack, 40, At(2019, 1, 1)));

        Assert.Equal(CommitmentVerdict.OnTrack, CommitmentAssessment.ElementActivitiesCompleted(element.Id, 50, Deadline, BeforeDeadline, workplan.Activities).Verdict);
        Assert.Equal(CommitmentVerdict.Missed, CommitmentAssessment.ElementActivitiesCompleted(element.Id, 60, Deadline, Deadline, workplan.Activities).Verdict);
    }

    // Another element's activities are left out by their stored element: the web tests check that on a real database.
    [Fact]
    public void AnArchivedActivity_IsNotCounted()
    {
        var (element, workplan) = ElementWithWorkplan();
        AddActivity(workplan, "Archived", (ActivityStatus.Completed, 100, At(2019, 1, 1))).Archive();

        var assessment = CommitmentAssessment.ElementActivitiesCompleted(element.Id, 50, Deadline, Deadline, workplan.Activities);

        Assert.Empty(assessment.Evidence);
        Assert.Equal(CommitmentVerdict.Missed, assessment.Verdict);
    }

    [Fact]
    public void TheActivitiesRule_NeedsAnElementOfItsOwnPlan_AndEveryShareRuleAShareWithinZeroAndHundred()
    {
        var plan = NewPlan();
        var element = AddObjective(plan);
        var foreign = AddObjective(NewPlan(), "X");
        var text = new LocalizedText("Most activities completed.", "La plupart des activités achevées.");

        var noElement = Assert.Throws<DomainException>(() => plan.AddCommitment("W1", CommitmentRule.ElementActivitiesCompleted, text, Deadline, 80));
        var otherPlan = Assert.Throws<DomainException>(() => plan.AddCommitment("W2", CommitmentRule.ElementActivitiesCompleted, text, Deadline, 80, element: foreign));
        var noShare = Assert.Throws<DomainException>(() => plan.AddCommitment("G1", CommitmentRule.GroupsCoLedLocalShare, text, Deadline));
        var tooMuch = Assert.Throws<DomainException>(() => plan.AddCommitment("G2", CommitmentRule.GroupsCoLedLocalShare, text, Deadline, 101));
        var kept = plan.AddCommitment("W3", CommitmentRule.ElementActivitiesCompleted, text, Deadline, 80, element: element);

        Assert.Equal(["CommitmentElementRequired", "CommitmentElementNotInPlan", "CommitmentShareOutOfRange", "CommitmentShareOutOfRange"],
            new[] { noElement, otherPlan, noShare, tooMuch }.Select(e => e.Code));
        Assert.Same(element, kept.Element);
        Assert.Equal(80m, kept.SharePercent);
    }

    [Fact]
    public void StatusOn_IsTheLastUpdateRecordedByTheEndOfTheDay_AndNotStartedBeforeAny()
    {
        var (_, workplan) = ElementWithWorkplan();
        var activity = AddActivity(workplan, "Revise", (ActivityStatus.OnTrack, 30, At(2019, 3, 1)), (ActivityStatus.AtRisk, 35, At(2019, 6, 1, 23)));

        Assert.Equal(ActivityStatus.NotStarted, activity.StatusOn(new DateOnly(2019, 2, 28)));
        Assert.Equal(ActivityStatus.OnTrack, activity.StatusOn(new DateOnly(2019, 5, 31)));
        Assert.Equal(ActivityStatus.AtRisk, activity.StatusOn(new DateOnly(2019, 6, 1)));
    }
}
