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
/// <item>On track: by today the indicator has come at least as far as the line from the baseline (at its
/// date) through its milestones (at theirs) to the target (at its date) would have. With no milestone the
/// line is straight: share of the way ≥ share of the time elapsed.</item>
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

    public static IndicatorProgress Assess(decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate, decimal? latest, DateOnly today,
        IReadOnlyCollection<Milestone>? milestones = null)
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
        var expected = target == baseline
            ? Elapsed(baselineDate, targetDate, today)
            : Math.Clamp((Expected(baseline, baselineDate, target, targetDate, milestones ?? [], today) - baseline) / (target - baseline), 0m, 1m);
        return new IndicatorProgress(percent, share >= expected ? Standing.OnTrack : Standing.Behind);
    }

    private static decimal Elapsed(DateOnly from, DateOnly to, DateOnly today)
    {
        var span = to.DayNumber - from.DayNumber;
        return span <= 0 ? 1m : Math.Clamp((decimal)(today.DayNumber - from.DayNumber) / span, 0m, 1m);
    }

    /// <summary>The value the line through the baseline, the milestones and the target gives for today.</summary>
    private static decimal Expected(decimal baseline, DateOnly baselineDate, decimal target, DateOnly targetDate, IReadOnlyCollection<Milestone> milestones, DateOnly today)
    {
        var path = milestones.Where(m => m.Date > baselineDate && m.Date < targetDate).OrderBy(m => m.Date)
            .Prepend(new Milestone(baselineDate, baseline)).Append(new Milestone(targetDate, target)).ToList();
        if (today >= targetDate)
        {
            return target;
        }
        var next = path.FindIndex(p => p.Date >= today);
        if (next == 0)
        {
            return baseline;
        }
        var (from, to) = (path[next - 1], path[next]);
        return from.Value + (to.Value - from.Value) * Elapsed(from.Date, to.Date, today);
    }
}
