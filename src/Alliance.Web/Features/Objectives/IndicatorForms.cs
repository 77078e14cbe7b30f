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

    public string? MethodEn { get; set; }
    public string? MethodFr { get; set; }
    public string? SourceEn { get; set; }
    public string? SourceFr { get; set; }
    public string? ReportedByEn { get; set; }
    public string? ReportedByFr { get; set; }

    /// <summary>How often it is reported, by name; empty when the plan does not say.</summary>
    public string? Frequency { get; set; }

    /// <summary>The milestones as typed; a row left blank is no milestone.</summary>
    public List<MilestoneRow> Milestones { get; set; } = [];

    /// <summary>Why the baseline or the target moves; required when either does.</summary>
    public string? Reason { get; set; }

    /// <summary>The input a milestone row's date or value is shown against.</summary>
    public static string MilestoneInput(int row, bool value) => $"Milestone{row}{(value ? "Value" : "Date")}";

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
        MethodEn = indicator.Definition.Method?.En,
        MethodFr = indicator.Definition.Method?.Fr,
        SourceEn = indicator.Definition.Source?.En,
        SourceFr = indicator.Definition.Source?.Fr,
        ReportedByEn = indicator.Definition.ReportedBy?.En,
        ReportedByFr = indicator.Definition.ReportedBy?.Fr,
        Frequency = indicator.Definition.Frequency?.ToString(),
        Milestones = indicator.Milestones
            .Select(m => new MilestoneRow { Date = PostedText.Iso(m.Date), Value = m.Value.ToString(CultureInfo.InvariantCulture) }).ToList(),
    };

    /// <summary>The names, figures, definition and milestones as typed; null when a number, a date or the frequency cannot be read.</summary>
    public IndicatorEntry? Read(FormErrors errors, string chooseFrequency)
    {
        PostedText.Required(NameEn, nameof(NameEn), errors);
        PostedText.Required(NameFr, nameof(NameFr), errors);
        var baseline = PostedText.Number(Baseline, nameof(Baseline), errors);
        var baselineDate = PostedText.Date(BaselineDate, nameof(BaselineDate), errors);
        var target = PostedText.Number(Target, nameof(Target), errors);
        var targetDate = PostedText.Date(TargetDate, nameof(TargetDate), errors);
        var frequency = string.IsNullOrWhiteSpace(Frequency)
            ? null
            : PostedText.Choice<ReportingFrequency>(Frequency, nameof(Frequency), errors, chooseFrequency);
        var milestones = new List<Milestone>();
        for (var row = 0; row < Milestones.Count; row++)
        {
            var typed = Milestones[row];
            if (string.IsNullOrWhiteSpace(typed.Date) && string.IsNullOrWhiteSpace(typed.Value))
            {
                continue;
            }
            var date = PostedText.Date(typed.Date, MilestoneInput(row, value: false), errors);
            var value = PostedText.Number(typed.Value, MilestoneInput(row, value: true), errors);
            if (date is not null && value is not null)
            {
                milestones.Add(new Milestone(date.Value, value.Value));
            }
        }
        // The domain judges each text pair whole: one language without the other is refused there.
        var definition = new IndicatorDefinition(Text(MethodEn, MethodFr), Text(SourceEn, SourceFr), Text(ReportedByEn, ReportedByFr), frequency);
        return !errors.IsEmpty || baseline is null || baselineDate is null || target is null || targetDate is null
            ? null
            : new IndicatorEntry(new LocalizedText(NameEn!.Trim(), NameFr!.Trim()), baseline.Value, baselineDate.Value, target.Value, targetDate.Value,
                definition, milestones);
    }

    private static LocalizedText? Text(string? en, string? fr) =>
        string.IsNullOrWhiteSpace(en) && string.IsNullOrWhiteSpace(fr) ? null : new LocalizedText(en ?? "", fr ?? "");
}

/// <summary>One milestone row of the indicator form, as typed.</summary>
public sealed class MilestoneRow
{
    public string? Date { get; set; }
    public string? Value { get; set; }
}

/// <summary>An indicator read from its form, ready for the domain.</summary>
public sealed record IndicatorEntry(
    LocalizedText Name, decimal Baseline, DateOnly BaselineDate, decimal Target, DateOnly TargetDate,
    IndicatorDefinition Definition, IReadOnlyList<Milestone> Milestones);

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
