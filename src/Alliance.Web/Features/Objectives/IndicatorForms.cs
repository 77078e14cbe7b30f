using System.Globalization;

namespace Alliance.Web.Features.Objectives;

/// <summary>
/// An indicator's definition as the secretariat types it (new, or corrected). Numbers, dates and
/// the unit are text, so that anything entered comes back unchanged with a message, never lost.
/// </summary>
public sealed class IndicatorForm
{
    /// <summary>The indicator being corrected, or null for a new one.</summary>
    public int? Id { get; set; }

    /// <summary>The indicator's version when the form was loaded: a change by someone else since is a conflict.</summary>
    public Guid Version { get; set; }

    public string? NameEn { get; set; }
    public string? NameFr { get; set; }
    public string? Unit { get; set; }
    public string? Baseline { get; set; }
    public string? BaselineDate { get; set; }
    public string? Target { get; set; }
    public string? TargetDate { get; set; }

    public static IndicatorForm For(ManagedIndicator indicator) => new()
    {
        Id = indicator.Id,
        Version = indicator.Version,
        NameEn = indicator.Name.En,
        NameFr = indicator.Name.Fr,
        Unit = indicator.Unit.ToString(),
        Baseline = indicator.Baseline.ToString(CultureInfo.InvariantCulture),
        BaselineDate = indicator.BaselineDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Target = indicator.Target.ToString(CultureInfo.InvariantCulture),
        TargetDate = indicator.TargetDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>A value for a recorded indicator, with the indicator's version when the form was loaded.</summary>
public sealed class IndicatorValueForm
{
    public string? Date { get; set; }
    public string? Value { get; set; }
    public string? Note { get; set; }
    public string? SourceUrl { get; set; }

    /// <summary>A value recorded by someone else since the form was loaded is a conflict: the user sees it before adding theirs.</summary>
    public Guid Version { get; set; }

    public static IndicatorValueForm For(ManagedIndicator indicator, DateOnly today) => new()
    {
        Date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Version = indicator.Version,
    };
}
