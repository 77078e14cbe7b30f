using System.Globalization;
using Alliance.Domain.Plans;
using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.Objectives;

/// <summary>
/// An indicator's definition as the secretariat types it (new, or corrected). Numbers, dates and
/// the unit are text, so that anything entered comes back unchanged with a message, never lost.
/// </summary>
public sealed class IndicatorForm : IChangeForm
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
        BaselineDate = PostedText.Iso(indicator.BaselineDate),
        Target = indicator.Target.ToString(CultureInfo.InvariantCulture),
        TargetDate = PostedText.Iso(indicator.TargetDate),
    };

    /// <summary>The names, baseline and target as typed; null when a number or a date cannot be read.</summary>
    public IndicatorDefinition? Read(FormErrors errors)
    {
        PostedText.Required(NameEn, nameof(NameEn), errors);
        PostedText.Required(NameFr, nameof(NameFr), errors);
        var baseline = PostedText.Number(Baseline, nameof(Baseline), errors);
        var baselineDate = PostedText.Date(BaselineDate, nameof(BaselineDate), errors);
        var target = PostedText.Number(Target, nameof(Target), errors);
        var targetDate = PostedText.Date(TargetDate, nameof(TargetDate), errors);
        return !errors.IsEmpty || baseline is null || baselineDate is null || target is null || targetDate is null
            ? null
            : new IndicatorDefinition(new LocalizedText(NameEn!.Trim(), NameFr!.Trim()), baseline.Value, baselineDate.Value, target.Value, targetDate.Value);
    }
}

/// <summary>An indicator's definition read from its form, ready for the domain.</summary>
public sealed record IndicatorDefinition(LocalizedText Name, decimal Baseline, DateOnly BaselineDate, decimal Target, DateOnly TargetDate);

/// <summary>A value for a recorded indicator, with the indicator's version when the form was loaded.</summary>
public sealed class IndicatorValueForm : IChangeForm
{
    public string? Date { get; set; }
    public string? Value { get; set; }
    public string? Note { get; set; }
    public string? SourceUrl { get; set; }

    /// <summary>A value recorded by someone else since the form was loaded is a conflict: the user sees it before adding theirs.</summary>
    public Guid Version { get; set; }

    public static IndicatorValueForm For(ManagedIndicator indicator, DateOnly today) => new()
    {
        Date = PostedText.Iso(today),
        Version = indicator.Version,
    };
}
