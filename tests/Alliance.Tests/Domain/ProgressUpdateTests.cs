using Alliance.Domain;
using Alliance.Domain.Workplans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

public class ProgressUpdateTests
{
    [Fact]
    public void RecordProgress_SetsStatusAndPercentAndRecordsWhoAndWhen()
    {
        var activity = NewActivity();

        var update = activity.RecordProgress(
            new ProgressReport(ActivityStatus.OnTrack, 40, "  Draft shared with the regions.  ", "https://example.org/draft.pdf"),
            "user-7", "Amina Diallo", RecordedAt);

        Assert.Equal(ActivityStatus.OnTrack, activity.Status);
        Assert.Equal(40, activity.PercentComplete);
        Assert.Same(update, Assert.Single(activity.ProgressUpdates));
        Assert.Same(activity, update.Activity);
        Assert.Equal(ActivityStatus.OnTrack, update.Status);
        Assert.Equal(40, update.PercentComplete);
        Assert.Equal("Draft shared with the regions.", update.Narrative);
        Assert.Equal("https://example.org/draft.pdf", update.EvidenceUrl);
        Assert.Equal("user-7", update.AuthorUserId);
        Assert.Equal("Amina Diallo", update.AuthorName);
        Assert.Equal(RecordedAt, update.RecordedAt);
        Assert.Equal(DateTimeKind.Utc, update.RecordedAt.Kind);
    }

    [Fact]
    public void RecordProgress_KeepsHistoryInOrderWithThePreviousPercentOfEach()
    {
        var activity = NewActivity();

        Record(activity, Report(ActivityStatus.OnTrack, 30));
        Record(activity, Report(ActivityStatus.AtRisk, 45));
        Record(activity, Report(ActivityStatus.Completed, 100));

        Assert.Equal([30, 45, 100], activity.ProgressUpdates.Select(u => u.PercentComplete));
        Assert.Equal([0, 30, 45], activity.ProgressUpdates.Select(u => u.PreviousPercentComplete));
        Assert.Equal([ActivityStatus.OnTrack, ActivityStatus.AtRisk, ActivityStatus.Completed], activity.ProgressUpdates.Select(u => u.Status));
        Assert.Equal(ActivityStatus.Completed, activity.Status);
        Assert.Equal(100, activity.PercentComplete);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(99)]
    [InlineData(100)]
    public void RecordProgress_WithPercentFromZeroToHundred_Succeeds(int percent)
    {
        var activity = NewActivity();

        Record(activity, Report(ActivityStatus.OnTrack, percent));

        Assert.Equal(percent, activity.PercentComplete);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void RecordProgress_WithPercentOutsideZeroToHundred_Throws(int percent)
    {
        var activity = NewActivity();
        Record(activity, Report(ActivityStatus.OnTrack, 20));

        var error = Assert.Throws<DomainException>(() => Record(activity, Report(ActivityStatus.OnTrack, percent, decreaseExplained: true)));

        Assert.Equal("PercentOutOfRange", error.Code);
        Assert.Equal(20, activity.PercentComplete);
        Assert.Single(activity.ProgressUpdates);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    [InlineData(99)]
    public void RecordProgress_CompletedBelowHundredPercent_Throws(int percent)
    {
        var activity = NewActivity();

        var error = Assert.Throws<DomainException>(() => Record(activity, Report(ActivityStatus.Completed, percent)));

        Assert.Equal("CompletedMeansHundred", error.Code);
        Assert.Equal(ActivityStatus.NotStarted, activity.Status);
        Assert.Equal(0, activity.PercentComplete);
        Assert.Empty(activity.ProgressUpdates);
    }

    [Fact]
    public void RecordProgress_CompletedAtHundredPercent_ClosesActivity()
    {
        var activity = NewActivity();

        Record(activity, Report(ActivityStatus.Completed, 100));

        Assert.Equal(ActivityStatus.Completed, activity.Status);
        Assert.True(activity.IsClosed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void RecordProgress_WithoutNarrative_Throws(string? narrative)
    {
        var activity = NewActivity();

        var error = Assert.Throws<DomainException>(() =>
            Record(activity, new ProgressReport(ActivityStatus.OnTrack, 10, narrative!, null)));

        Assert.Equal("Required", error.Code);
        Assert.Equal(ActivityStatus.NotStarted, activity.Status);
        Assert.Equal(0, activity.PercentComplete);
        Assert.Empty(activity.ProgressUpdates);
    }

    [Fact]
    public void RecordProgress_WithTooLongNarrative_Throws()
    {
        var activity = NewActivity();

        var error = Assert.Throws<DomainException>(() => Record(activity,
            new ProgressReport(ActivityStatus.OnTrack, 10, new string('x', ProgressUpdate.NarrativeMaxLength + 1), null)));

        Assert.Equal("TooLong", error.Code);
        Assert.Empty(activity.ProgressUpdates);
    }

    [Fact]
    public void RecordProgress_LoweringPercentWithoutExplanation_Throws()
    {
        var activity = NewActivity();
        Record(activity, Report(ActivityStatus.OnTrack, 60));

        var error = Assert.Throws<DomainException>(() => Record(activity, Report(ActivityStatus.AtRisk, 40)));

        Assert.Equal("PercentDecreaseUnexplained", error.Code);
        Assert.Equal([60, 40], error.Arguments);
        Assert.Equal(ActivityStatus.OnTrack, activity.Status);
        Assert.Equal(60, activity.PercentComplete);
        Assert.Single(activity.ProgressUpdates);
    }

    [Fact]
    public void RecordProgress_LoweringPercentWithExplanation_RecordsPreviousPercent()
    {
        var activity = NewActivity();
        Record(activity, Report(ActivityStatus.OnTrack, 60));

        var update = Record(activity, Report(ActivityStatus.AtRisk, 40, decreaseExplained: true));

        Assert.Equal(40, activity.PercentComplete);
        Assert.Equal(60, update.PreviousPercentComplete);
        Assert.Equal(2, activity.ProgressUpdates.Count);
    }

    [Fact]
    public void RecordProgress_KeepingTheSamePercent_NeedsNoExplanation()
    {
        var activity = NewActivity();
        Record(activity, Report(ActivityStatus.OnTrack, 60));

        var update = Record(activity, Report(ActivityStatus.AtRisk, 60));

        Assert.Equal(ActivityStatus.AtRisk, activity.Status);
        Assert.Equal(60, update.PreviousPercentComplete);
    }

    [Theory]
    [InlineData("http://example.org/report.pdf", "http://example.org/report.pdf")]
    [InlineData("https://example.org", "https://example.org")]
    [InlineData("HTTPS://EXAMPLE.ORG/Report", "HTTPS://EXAMPLE.ORG/Report")]
    [InlineData("  https://example.org/x  ", "https://example.org/x")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void RecordProgress_WithWebOrNoEvidenceLink_Succeeds(string? link, string? stored)
    {
        var activity = NewActivity();

        var update = Record(activity, new ProgressReport(ActivityStatus.OnTrack, 10, "Progress.", link));

        Assert.Equal(stored, update.EvidenceUrl);
    }

    [Theory]
    [InlineData("ftp://example.org/report.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:secretariat@example.org")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("www.example.org")]
    [InlineData("report.pdf")]
    public void RecordProgress_WithNonWebEvidenceLink_Throws(string link)
    {
        var activity = NewActivity();

        var error = Assert.Throws<DomainException>(() =>
            Record(activity, new ProgressReport(ActivityStatus.OnTrack, 10, "Progress.", link)));

        Assert.Equal("InvalidLink", error.Code);
        Assert.Equal(0, activity.PercentComplete);
        Assert.Empty(activity.ProgressUpdates);
    }

    [Fact]
    public void RecordProgress_WithTooLongEvidenceLink_Throws()
    {
        var activity = NewActivity();
        var link = "https://example.org/" + new string('x', ProgressUpdate.EvidenceUrlMaxLength);

        var error = Assert.Throws<DomainException>(() =>
            Record(activity, new ProgressReport(ActivityStatus.OnTrack, 10, "Progress.", link)));

        Assert.Equal("TooLong", error.Code);
        Assert.Empty(activity.ProgressUpdates);
    }

    [Fact]
    public void RecordProgress_WhenArchived_Throws()
    {
        var activity = NewActivity();
        activity.Archive();

        var error = Assert.Throws<DomainException>(() => Record(activity, Report(ActivityStatus.OnTrack, 10)));

        Assert.Equal("ActivityArchived", error.Code);
        Assert.Equal(0, activity.PercentComplete);
        Assert.Empty(activity.ProgressUpdates);
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void RecordProgress_WithTimeNotInUtc_Throws(DateTimeKind kind)
    {
        var activity = NewActivity();
        var when = DateTime.SpecifyKind(RecordedAt, kind);

        // A programming error rather than a user's mistake, hence not a DomainException.
        var error = Assert.Throws<ArgumentException>(() =>
            activity.RecordProgress(Report(ActivityStatus.OnTrack, 10), "user-1", "Amina Diallo", when));

        Assert.Equal("recordedAtUtc", error.ParamName);
        Assert.Equal(0, activity.PercentComplete);
        Assert.Empty(activity.ProgressUpdates);
    }

    [Theory]
    [InlineData("", "Amina Diallo")]
    [InlineData("user-1", " ")]
    public void RecordProgress_WithoutAuthor_Throws(string userId, string name)
    {
        var activity = NewActivity();

        var error = Assert.Throws<DomainException>(() =>
            activity.RecordProgress(Report(ActivityStatus.OnTrack, 10), userId, name, RecordedAt));

        Assert.Equal("Required", error.Code);
        Assert.Empty(activity.ProgressUpdates);
    }
}
