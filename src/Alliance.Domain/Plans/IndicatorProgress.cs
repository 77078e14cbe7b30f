namespace Alliance.Domain.Plans;

/// <summary>
/// How far an indicator has come from its baseline toward its target, and whether that is enough
/// for the day. The rule, written once:
/// <list type="bullet">
/// <item>Percent of the way = (latest − baseline) ÷ (target − baseline), floored and kept within 0–100.
/// A target below its baseline (a decrease wanted) works the same way: moving down is progress.
/// A target equal to its baseline asks to hold the level: 100 while the latest value is at or above it, else 0.</item>
/// <item>Met: the latest value has reached the target (100%), whatever the date.</item>
/// <item>Missed: not met and the target date has passed.</item>
/// <item>On track: by today the indicator has come at least as far as a straight line from the
/// baseline (at its date) to the target (at its date) would have: share of the way ≥ share of the time elapsed.</item>
/// <item>Behind: otherwise. No data: no value yet.</item>
/// </list>
/// </summary>
public sealed record IndicatorProgress(int PercentOfWay, IndicatorProgress.Standing Status)
{
    /// <summary>Where an indicator stands. Named for people in ObjectiveStrings (<c>Standing_{Value}</c>).</summary>
    public enum Standing
    {
        NoData,
        OnTrack,
        Behind,
        Met,
        Missed,
    }

    public static IndicatorProgress Assess(decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate, decimal? latest, DateOnly today)
    {
        if (latest is not { } value)
        {
            return new IndicatorProgress(0, Standing.NoData);
        }
        var share = target == baseline
            ? (value >= target ? 1m : 0m)
            : Math.Clamp((value - baseline) / (target - baseline), 0m, 1m);
        var percent = (int)Math.Floor(share * 100m);
        if (share >= 1m)
        {
            return new IndicatorProgress(100, Standing.Met);
        }
        if (today > targetDate)
        {
            return new IndicatorProgress(percent, Standing.Missed);
        }
        var span = targetDate.DayNumber - baselineDate.DayNumber;
        var elapsed = span <= 0 ? 1m : Math.Clamp((decimal)(today.DayNumber - baselineDate.DayNumber) / span, 0m, 1m);
        return new IndicatorProgress(percent, share >= elapsed ? Standing.OnTrack : Standing.Behind);
    }
}
