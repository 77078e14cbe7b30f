using Alliance.Domain.Workplans;
using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

/// <summary>All the rules a progress report breaks at once, each naming its field, and submissions recorded once.</summary>
public sealed class ProgressRulesTests
{
    [Fact]
    public void ProblemsWith_ReportsEveryBrokenRule_EachWithItsField()
    {
        var activity = NewActivity();
        Record(activity, Report(ActivityStatus.OnTrack, 60));

        var problems = activity.ProblemsWith(new ProgressReport(ActivityStatus.OnTrack, 10, "  ", "ftp://example.org/report"));

        Assert.Equal(
            [("PercentDecreaseUnexplained", "DecreaseExplained"), ("Required", "Narrative"), ("InvalidLink", "EvidenceUrl")],
            problems.Select(p => (p.Code, p.Field)));
    }

    [Fact]
    public void ProblemsWith_ValidReport_IsEmpty()
    {
        var activity = NewActivity();

        Assert.Empty(activity.ProblemsWith(new ProgressReport(ActivityStatus.Completed, 100, "Published.", "https://example.org/cpms")));
    }

    [Fact]
    public void ProblemsWith_UnknownStatus_IsReportedOnTheStatusField()
    {
        var activity = NewActivity();

        var problem = Assert.Single(activity.ProblemsWith(new ProgressReport((ActivityStatus)42, 10, "Text.", null)));

        Assert.Equal(("UnknownStatus", "Status"), (problem.Code, problem.Field));
    }

    [Fact]
    public void ProblemsWith_CompletedBelowHundred_IsReportedOnThePercentField()
    {
        var activity = NewActivity();

        var problem = Assert.Single(activity.ProblemsWith(new ProgressReport(ActivityStatus.Completed, 90, "Nearly there.", null)));

        Assert.Equal(("CompletedMeansHundred", "PercentComplete"), (problem.Code, problem.Field));
    }

    [Fact]
    public void ProblemsWith_ArchivedActivity_IsReportedForTheWholeForm()
    {
        var activity = NewActivity();
        activity.Archive();

        var problem = Assert.Single(activity.ProblemsWith(Report(ActivityStatus.OnTrack, 10)));

        Assert.Equal("ActivityArchived", problem.Code);
        Assert.Null(problem.Field);
    }

    [Fact]
    public void CheckTexts_ChecksNarrativeAndLink_WhateverTheActivity()
    {
        var problems = Activity.CheckTexts(new ProgressReport(ActivityStatus.OnTrack, 0, "", "javascript:alert(1)"));

        Assert.Equal(["Narrative", "EvidenceUrl"], problems.Select(p => p.Field));
    }

    [Fact]
    public void RecordProgress_SameSubmissionTwice_RecordsItOnce()
    {
        var activity = NewActivity();
        var submission = Guid.NewGuid();
        var report = new ProgressReport(ActivityStatus.OnTrack, 40, "Drafting started.", null, SubmissionId: submission);

        var first = Record(activity, report);
        var second = Record(activity, report with { PercentComplete = 50 });

        Assert.Same(first, second);
        Assert.Single(activity.ProgressUpdates);
        Assert.Equal(40, activity.PercentComplete);
        Assert.Equal(submission, first.SubmissionId);
    }

    [Fact]
    public void ProgressReport_WithoutSubmissionId_GetsANewOne()
    {
        var first = new ProgressReport(ActivityStatus.OnTrack, 40, "Text.", null);
        var second = new ProgressReport(ActivityStatus.OnTrack, 40, "Text.", null);

        Assert.NotEqual(Guid.Empty, first.SubmissionId);
        Assert.NotEqual(first.SubmissionId, second.SubmissionId);
    }
}
