using System.Globalization;
using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain;
using Alliance.Domain.Plans;
using Alliance.Web.Features.Workplans;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Objectives;

public enum IndicatorOutcome
{
    Saved,
    Invalid,
    Conflict,
    Forbidden,
    NotFound,
}

/// <summary>An indicator as the staff page lists it, with its values newest first and the version a form must carry back.</summary>
public sealed record ManagedIndicator(
    int Id, LocalizedText Name, IndicatorUnit Unit, ComputedMetric? Metric, decimal Baseline, DateOnly BaselineDate,
    decimal Target, DateOnly TargetDate, IReadOnlyList<IndicatorPoint> Values, Guid Version)
{
    public bool IsComputed => Metric is not null;
}

public sealed record ManagedObjective(string Code, LocalizedText Title, IReadOnlyList<ManagedIndicator> Indicators);

/// <summary>
/// The result of a change. Errors are keyed by form property ("" for the change as a whole) and
/// already in the user's language; on a conflict, <see cref="Current"/> is the indicator as it now stands.
/// </summary>
public sealed record IndicatorResult(IndicatorOutcome Outcome, IReadOnlyDictionary<string, string> Errors, int? IndicatorId, ManagedIndicator? Current)
{
    public bool Succeeded => Outcome == IndicatorOutcome.Saved;
}

/// <summary>
/// The secretariat's and administrators' work on indicators: defining recorded indicators and
/// recording their values. Every call reads the caller's roles from the database; a value carries the
/// version of the indicator its form was loaded with, so that nobody adds one without having seen
/// another just recorded. Computed indicators take no values: the domain refuses them.
/// </summary>
public sealed class IndicatorAdministrationService(
    IDbContextFactory<AllianceDbContext> dbFactory,
    CurrentUser currentUser,
    IStringLocalizer<ObjectiveStrings> text,
    IStringLocalizer<SharedStrings> shared,
    ILogger<IndicatorAdministrationService> logger)
{
    // Domain field names → the forms' inputs.
    private static readonly Dictionary<string, string> FormFields = new()
    {
        ["Name (English)"] = nameof(IndicatorForm.NameEn),
        ["Name (French)"] = nameof(IndicatorForm.NameFr),
        ["Baseline"] = nameof(IndicatorForm.Baseline),
        ["Target"] = nameof(IndicatorForm.Target),
        ["Baseline date"] = nameof(IndicatorForm.BaselineDate),
        ["Target date"] = nameof(IndicatorForm.TargetDate),
        ["Value"] = nameof(IndicatorValueForm.Value),
        ["Note"] = nameof(IndicatorValueForm.Note),
        ["Source link"] = nameof(IndicatorValueForm.SourceUrl),
    };

    public async Task<(FormAccess Access, ManagedObjective? Objective)> GetObjectiveAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await IsStaffAsync(db, "open the indicators of", code, cancellationToken))
        {
            return (FormAccess.Forbidden, null);
        }
        var objective = await CurrentObjectives(db, code)
            .Select(o => new { o.Id, o.Code, o.TitleEn, o.TitleFr }).SingleOrDefaultAsync(cancellationToken);
        if (objective is null)
        {
            return (FormAccess.NotFound, null);
        }
        var indicators = await Project(db.Indicators.Where(i => i.ObjectiveId == objective.Id)).ToListAsync(cancellationToken);
        return (FormAccess.Allowed, new ManagedObjective(objective.Code, new LocalizedText(objective.TitleEn, objective.TitleFr),
            indicators.OrderBy(i => i.IsComputed).ThenBy(i => i.Id).ToList()));
    }

    /// <summary>Adds a recorded indicator to an objective of the plan in force. Computed indicators are part of a plan's data, not of this form.</summary>
    public async Task<IndicatorResult> DefineAsync(string code, IndicatorForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await IsStaffAsync(db, "define an indicator of", code, cancellationToken))
        {
            return Failed(IndicatorOutcome.Forbidden, text["ManageForbidden"]);
        }
        var objective = await CurrentObjectives(db, code).SingleOrDefaultAsync(cancellationToken);
        if (objective is null)
        {
            return Failed(IndicatorOutcome.NotFound, text["ObjectiveNotFound"]);
        }
        var errors = new Dictionary<string, string>();
        Required(form.NameEn, nameof(IndicatorForm.NameEn), "Name (English)", errors);
        Required(form.NameFr, nameof(IndicatorForm.NameFr), "Name (French)", errors);
        IndicatorUnit? unit = Enum.TryParse<IndicatorUnit>(form.Unit, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        if (unit is null)
        {
            errors[nameof(IndicatorForm.Unit)] = text["ChooseUnit"];
        }
        var baseline = ParseNumber(form.Baseline, nameof(IndicatorForm.Baseline), errors);
        var baselineDate = ParseDate(form.BaselineDate, nameof(IndicatorForm.BaselineDate), errors);
        var target = ParseNumber(form.Target, nameof(IndicatorForm.Target), errors);
        var targetDate = ParseDate(form.TargetDate, nameof(IndicatorForm.TargetDate), errors);
        if (errors.Count > 0 || unit is null || baseline is null || baselineDate is null || target is null || targetDate is null)
        {
            return Invalid(errors);
        }
        Indicator? indicator = null;
        if (!Apply(() => indicator = objective.AddRecordedIndicator(new LocalizedText(form.NameEn!.Trim(), form.NameFr!.Trim()), unit.Value,
                baseline.Value, baselineDate.Value, target.Value, targetDate.Value), errors))
        {
            return Invalid(errors);
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Indicator {IndicatorId} defined for objective {Code}", indicator!.Id, objective.Code);
        return new IndicatorResult(IndicatorOutcome.Saved, new Dictionary<string, string>(), indicator.Id, null);
    }

    /// <summary>Corrects an indicator's names, baseline and target (its unit stays), if nobody changed it since the form was loaded.</summary>
    public async Task<IndicatorResult> RedefineAsync(int indicatorId, IndicatorForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await IsStaffAsync(db, "correct indicator", indicatorId.ToString(CultureInfo.InvariantCulture), cancellationToken))
        {
            return Failed(IndicatorOutcome.Forbidden, text["ManageForbidden"]);
        }
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);
        if (indicator is null)
        {
            return Failed(IndicatorOutcome.NotFound, text["IndicatorGone"]);
        }
        var errors = new Dictionary<string, string>();
        Required(form.NameEn, nameof(IndicatorForm.NameEn), "Name (English)", errors);
        Required(form.NameFr, nameof(IndicatorForm.NameFr), "Name (French)", errors);
        var baseline = ParseNumber(form.Baseline, nameof(IndicatorForm.Baseline), errors);
        var baselineDate = ParseDate(form.BaselineDate, nameof(IndicatorForm.BaselineDate), errors);
        var target = ParseNumber(form.Target, nameof(IndicatorForm.Target), errors);
        var targetDate = ParseDate(form.TargetDate, nameof(IndicatorForm.TargetDate), errors);
        if (errors.Count > 0 || baseline is null || baselineDate is null || target is null || targetDate is null)
        {
            return Invalid(errors);
        }
        if (db.VersionOf(indicator) != form.Version)
        {
            return await ConflictAsync(indicatorId, cancellationToken);
        }
        if (!Apply(() => indicator.Redefine(new LocalizedText(form.NameEn!.Trim(), form.NameFr!.Trim()),
                baseline.Value, baselineDate.Value, target.Value, targetDate.Value), errors))
        {
            return Invalid(errors);
        }
        db.Entry(indicator).ExpectVersion(form.Version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(indicatorId, cancellationToken);
        }
        logger.LogInformation("Indicator {IndicatorId} redefined", indicatorId);
        return new IndicatorResult(IndicatorOutcome.Saved, new Dictionary<string, string>(), indicatorId, null);
    }

    public async Task<IndicatorResult> RecordValueAsync(int indicatorId, IndicatorValueForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await currentUser.LoadAsync(db, cancellationToken);
        if (user?.IsStaff != true)
        {
            logger.LogWarning("Refused to record a value of indicator {IndicatorId} for user {UserId}", indicatorId, user?.Id);
            return Failed(IndicatorOutcome.Forbidden, text["ManageForbidden"]);
        }
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);
        if (indicator is null)
        {
            return Failed(IndicatorOutcome.NotFound, text["IndicatorGone"]);
        }
        var errors = new Dictionary<string, string>();
        var date = ParseDate(form.Date, nameof(IndicatorValueForm.Date), errors);
        var value = ParseNumber(form.Value, nameof(IndicatorValueForm.Value), errors);
        // The domain's rules (a computed indicator, a value out of range, a bad link) are judged even when a
        // date is missing, so that every message comes at once; nothing is saved unless all pass.
        if (!Apply(() => indicator.RecordValue(date ?? DateOnly.MinValue, value ?? 0, form.Note, form.SourceUrl, user.DisplayName), errors)
            || date is null || value is null)
        {
            return Invalid(errors);
        }
        // Someone else's value comes first: the user sees it before adding theirs.
        if (db.VersionOf(indicator) != form.Version)
        {
            return await ConflictAsync(indicatorId, cancellationToken);
        }
        db.Entry(indicator).ExpectVersion(form.Version);
        db.Entry(indicator).TouchVersion();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(indicatorId, cancellationToken);
        }
        logger.LogInformation("Value recorded for indicator {IndicatorId}", indicatorId);
        return new IndicatorResult(IndicatorOutcome.Saved, new Dictionary<string, string>(), indicatorId, null);
    }

    private async Task<bool> IsStaffAsync(AllianceDbContext db, string action, string code, CancellationToken cancellationToken)
    {
        var user = await currentUser.LoadAsync(db, cancellationToken);
        if (user?.IsStaff == true)
        {
            return true;
        }
        logger.LogWarning("Refused to {Action} objective {Code} for user {UserId}", action, code, user?.Id);
        return false;
    }

    private static IQueryable<Objective> CurrentObjectives(AllianceDbContext db, string code)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return db.Objectives.Where(o => o.Code == normalized && db.StrategicPlans.Current().Select(p => p.Id).Contains(o.StrategicPlanId));
    }

    // A rule may name its input only among its arguments (e.g. "Value is a percentage").
    private bool Apply(Action change, Dictionary<string, string> errors) =>
        errors.TryApply(change, problem => problem.Field is { } name && FormFields.TryGetValue(name, out var input) ? input
            : problem.Arguments.FirstOrDefault() is string named && FormFields.TryGetValue(named, out var argument) ? argument
            : "", shared);

    private void Required(string? value, string input, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[input] = shared["DomainError_Required", shared[LocalizerExtensions.FieldKey(field)]];
        }
    }

    /// <summary>A number as typed: with a dot, or as written in the user's language (12,5 in French).</summary>
    private decimal? ParseNumber(string? value, string field, Dictionary<string, string> errors)
    {
        var typed = value?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            errors[field] = text["NumberRequired"];
            return null;
        }
        if (decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            || decimal.TryParse(typed, NumberStyles.Number, CultureInfo.CurrentCulture, out number))
        {
            return number;
        }
        errors[field] = text["NumberInvalid"];
        return null;
    }

    private DateOnly? ParseDate(string? value, string field, Dictionary<string, string> errors) => FormDates.Parse(value, field, errors, shared);

    private async Task<IndicatorResult> ConflictAsync(int indicatorId, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await Project(fresh.Indicators.Where(i => i.Id == indicatorId)).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return Failed(IndicatorOutcome.NotFound, text["IndicatorGone"]);
        }
        logger.LogInformation("Value for indicator {IndicatorId} refused: the indicator changed since the form was loaded", indicatorId);
        return new IndicatorResult(IndicatorOutcome.Conflict,
            new Dictionary<string, string> { [""] = text["IndicatorConflict", current.Name.For(CultureInfo.CurrentUICulture)] }, indicatorId, current);
    }

    private static IQueryable<ManagedIndicator> Project(IQueryable<Indicator> indicators) =>
        indicators.AsNoTracking().Select(i => new ManagedIndicator(
            i.Id, new LocalizedText(i.NameEn, i.NameFr), i.Unit, i.Metric, i.Baseline, i.BaselineDate, i.Target, i.TargetDate,
            i.Values.OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).Select(v => new IndicatorPoint(v.Date, v.Value, v.Note, v.SourceUrl)).ToList(),
            EF.Property<Guid>(i, VersionColumn.PropertyName)));

    private static IndicatorResult Invalid(Dictionary<string, string> errors) => new(IndicatorOutcome.Invalid, errors, null, null);

    private static IndicatorResult Failed(IndicatorOutcome outcome, string message) =>
        new(outcome, new Dictionary<string, string> { [""] = message }, null, null);
}
