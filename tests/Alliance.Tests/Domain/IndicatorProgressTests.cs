using Alliance.Domain.Plans;
using Standing = Alliance.Domain.Plans.IndicatorProgress.Standing;

namespace Alliance.Tests.Domain;

public sealed class IndicatorProgressTests
{
    private static readonly DateOnly Start = new(2018, 1, 1);
    private static readonly DateOnly End = new(2020, 12, 31);
    private static readonly DateOnly Midway = new(2019, 7, 2);

    [Fact]
    public void Assess_WithNoValue_IsNoData()
    {
        Assert.Equal(new IndicatorProgress(0, Standing.NoData), IndicatorProgress.Assess(0, Start, 100, End, null, Midway));
    }

    [Fact]
    public void Assess_BeforeTargetDate_AheadOfTheStraightLine_IsOnTrack()
    {
        var progress = IndicatorProgress.Assess(40, Start, 90, End, 70, Midway);

        Assert.Equal(new IndicatorProgress(60, Standing.OnTrack), progress);
    }

    [Fact]
    public void Assess_BeforeTargetDate_BelowTheStraightLine_IsBehind()
    {
        var progress = IndicatorProgress.Assess(40, Start, 90, End, 60, Midway);

        Assert.Equal(new IndicatorProgress(40, Standing.Behind), progress);
    }

    [Fact]
    public void Assess_AtTargetDate_WithTheTargetReached_IsMet()
    {
        Assert.Equal(new IndicatorProgress(100, Standing.Met), IndicatorProgress.Assess(1, Start, 5, End, 5, End));
    }

    [Fact]
    public void Assess_AtTargetDate_ShortOfTheTarget_IsBehindNotYetMissed()
    {
        Assert.Equal(new IndicatorProgress(75, Standing.Behind), IndicatorProgress.Assess(1, Start, 5, End, 4, End));
    }

    [Fact]
    public void Assess_AfterTargetDate_ShortOfTheTarget_IsMissed()
    {
        Assert.Equal(new IndicatorProgress(75, Standing.Missed), IndicatorProgress.Assess(1, Start, 5, End, 4, End.AddDays(1)));
    }

    [Fact]
    public void Assess_BeyondTheTarget_IsCappedAtHundred_AndMet()
    {
        Assert.Equal(new IndicatorProgress(100, Standing.Met), IndicatorProgress.Assess(0, Start, 1500, End, 1640, End.AddYears(2)));
    }

    [Fact]
    public void Assess_BelowTheBaseline_IsZeroPercent()
    {
        Assert.Equal(new IndicatorProgress(0, Standing.Behind), IndicatorProgress.Assess(25, Start, 50, End, 20, Midway));
    }

    [Fact]
    public void Assess_OnTheBaselineDate_AtTheBaseline_IsOnTrack()
    {
        Assert.Equal(new IndicatorProgress(0, Standing.OnTrack), IndicatorProgress.Assess(25, Start, 50, End, 25, Start));
    }

    [Theory]
    [InlineData(10, 100, Standing.Met)]
    [InlineData(12, 100, Standing.Met)]
    [InlineData(9, 0, Standing.Behind)]
    public void Assess_WhenTargetEqualsBaseline_AsksToHoldTheLevel(int latest, int percent, Standing status)
    {
        Assert.Equal(new IndicatorProgress(percent, status), IndicatorProgress.Assess(10, Start, 10, End, latest, Midway));
    }

    [Fact]
    public void Assess_WithADecreasingTarget_CountsMovingDownAsProgress()
    {
        Assert.Equal(new IndicatorProgress(60, Standing.OnTrack), IndicatorProgress.Assess(50, Start, 0, End, 20, Midway));
        Assert.Equal(new IndicatorProgress(0, Standing.Behind), IndicatorProgress.Assess(50, Start, 0, End, 60, Midway));
        Assert.Equal(new IndicatorProgress(100, Standing.Met), IndicatorProgress.Assess(50, Start, 0, End, 0, Midway));
    }

    [Fact]
    public void Assess_WhenTargetDateIsTheBaselineDate_ExpectsTheWholeWayOnThatDay()
    {
        Assert.Equal(new IndicatorProgress(50, Standing.Behind), IndicatorProgress.Assess(0, End, 10, End, 5, End));
    }

    [Fact]
    public void Assess_WithAHighFirstMilestone_IsBehindWhereAStraightLineWouldBeOnTrack()
    {
        // Midway a straight line from 0 to 1000 expects 500; the milestones expect 900 by the end of 2019 and so 750 or so by mid-2019.
        Milestone[] frontLoaded = [new(new DateOnly(2018, 12, 31), 600), new(new DateOnly(2019, 12, 31), 900)];

        Assert.Equal(Standing.OnTrack, IndicatorProgress.Assess(0, Start, 1000, End, 600, Midway).Status);
        Assert.Equal(Standing.Behind, IndicatorProgress.Assess(0, Start, 1000, End, 600, Midway, frontLoaded).Status);
        Assert.Equal(Standing.OnTrack, IndicatorProgress.Assess(0, Start, 1000, End, 760, Midway, frontLoaded).Status);
    }

    [Fact]
    public void Assess_WithALowFirstMilestone_IsOnTrackWhereAStraightLineWouldBeBehind()
    {
        Milestone[] slowStart = [new(new DateOnly(2019, 12, 31), 200)];

        Assert.Equal(Standing.Behind, IndicatorProgress.Assess(0, Start, 1000, End, 160, Midway).Status);
        Assert.Equal(Standing.OnTrack, IndicatorProgress.Assess(0, Start, 1000, End, 160, Midway, slowStart).Status);
    }

    [Fact]
    public void Assess_OnAMilestonesDay_ExpectsExactlyTheMilestone_AndADecreaseWantedWorksDownward()
    {
        var day = new DateOnly(2019, 12, 31);

        Assert.Equal(Standing.OnTrack, IndicatorProgress.Assess(0, Start, 1000, End, 900, day, [new(day, 900)]).Status);
        Assert.Equal(Standing.Behind, IndicatorProgress.Assess(0, Start, 1000, End, 899, day, [new(day, 900)]).Status);
        Assert.Equal(Standing.OnTrack, IndicatorProgress.Assess(80, Start, 20, End, 40, day, [new(day, 40)]).Status);
        Assert.Equal(Standing.Behind, IndicatorProgress.Assess(80, Start, 20, End, 41, day, [new(day, 40)]).Status);
    }
}
