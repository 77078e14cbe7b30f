using Alliance.Domain.Workplans;

namespace Alliance.Tests.Domain;

public sealed class ActivityAttentionTests
{
    private static readonly DateOnly Today = new(2020, 6, 30);
    private static readonly DateOnly Start = new(2019, 1, 1);

    [Theory]
    [InlineData(ActivityStatus.Completed)]
    [InlineData(ActivityStatus.Cancelled)]
    public void ClosedActivity_NeverNeedsAttention(ActivityStatus status)
    {
        Assert.Equal(AttentionReasons.None, ActivityAttention.Assess(status, Start, new DateOnly(2019, 6, 1), null, Today));
    }

    [Theory]
    [InlineData("2020-06-29", AttentionReasons.Overdue)]
    [InlineData("2020-06-30", AttentionReasons.None)]
    [InlineData("2020-07-01", AttentionReasons.None)]
    public void OpenActivity_IsOverdue_OnlyOnceItsDueDateHasPassed(string due, AttentionReasons expected)
    {
        var recent = new DateTime(2020, 6, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(expected, ActivityAttention.Assess(ActivityStatus.OnTrack, Start, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), recent, Today));
    }

    [Theory]
    [InlineData(89, AttentionReasons.None)]
    [InlineData(90, AttentionReasons.None)]
    [InlineData(91, AttentionReasons.NoRecentUpdate)]
    public void OpenActivity_NeedsAttention_AfterNinetyDaysWithoutUpdate(int daysSinceUpdate, AttentionReasons expected)
    {
        var lastUpdate = Today.AddDays(-daysSinceUpdate).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

        Assert.Equal(expected, ActivityAttention.Assess(ActivityStatus.AtRisk, Start, new DateOnly(2021, 1, 1), lastUpdate, Today));
    }

    [Fact]
    public void NeverUpdatedActivity_CountsSilenceFromItsStart()
    {
        var due = new DateOnly(2021, 1, 1);

        Assert.Equal(AttentionReasons.NoRecentUpdate, ActivityAttention.Assess(ActivityStatus.NotStarted, Today.AddDays(-91), due, null, Today));
        Assert.Equal(AttentionReasons.None, ActivityAttention.Assess(ActivityStatus.NotStarted, Today.AddDays(-10), due, null, Today));
        Assert.Equal(AttentionReasons.None, ActivityAttention.Assess(ActivityStatus.NotStarted, Today.AddDays(30), due, null, Today));
    }

    [Fact]
    public void OverdueAndSilent_HasBothReasons()
    {
        Assert.Equal(AttentionReasons.Overdue | AttentionReasons.NoRecentUpdate,
            ActivityAttention.Assess(ActivityStatus.OffTrack, Start, new DateOnly(2019, 12, 31), null, Today));
    }
}
