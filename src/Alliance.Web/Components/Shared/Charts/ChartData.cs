namespace Alliance.Web.Components.Shared.Charts;

/// <summary>One series of a <see cref="BarChart"/>: its name in the legend and table, and optionally its colour.</summary>
public sealed record ChartSeries(string Name, string? Color = null);

/// <summary>One bar: its label and one value per series, stacked in the series' order.</summary>
public sealed record ChartBar(string Label, IReadOnlyList<double> Values)
{
    public double Total => Values.Sum();
}
