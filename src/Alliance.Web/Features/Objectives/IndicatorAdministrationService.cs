using System.Globalization;
using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Alliance.Web.Features.Plans;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Result = Alliance.Web.Features.Shared.ChangeResult<Alliance.Web.Features.Objectives.ManagedIndicator>;

namespace Alliance.Web.Features.Objectives;

/// <summary>An indicator as the staff page lists it, with its values newest first and the version a form must carry back.</summary>
public sealed record ManagedIndicator(
    int Id, LocalizedText Name, IndicatorUnit Unit, ComputedMetric? Metric, decimal Baseline, DateOnly BaselineDate,
    decimal Target, DateOnly TargetDate, IReadOnlyList<IndicatorPoint> Values, IndicatorDefinition Definition, IReadOnlyList<Milestone> Milestones,
    Guid Version)
{
    public bool IsComputed => Metric is not null;
}

public sealed record ManagedObjective(ElementName Name, IReadOnlyList<ManagedIndicator> Indicators);

/// <summary>
/// The secretariat's and administrators' work on indicators, through the portal's one write path:
/// defining recorded indicators, correcting them and recording their values. A value carries the
/// version of the indicator its form was loaded with, so that nobody adds one without having seen
/// another just recorded. Computed indicators take no values: the domain refuses them. A saved
/// change's result is the indicator as it now stands.
/// </summary>
public sealed class IndicatorAdministrationService(ChangeWriter changes, IStringLocalizer<ObjectiveStrings> text, TimeProvider clock)
{
    private Permission Staff => new(user => user.IsStaff, text["ManageForbidden"]);

    /// <summary>An element of the plan in force, or of the draft plan at <paramref name="planSlug"/> (its next plan, being built).</summary>
    public Task<(FormAccess Access, ManagedObjective? Objective)> GetObjectiveAsync(string code, string? planSlug = null, CancellationToken cancellationToken = default) =>
        changes.ReadForAsync(Staff, async db =>
        {
            var found = await ManagedObjectives(db, code, planSlug).Select(o => new { o.Id, Name = ElementName.Of(o.Code, o.TitleEn, o.TitleFr, o.Kind.LabelledByCode, o.Kind.NameEn, o.Kind.NameFr) })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }
            var indicators = await Project(db.Indicators.Where(i => i.ObjectiveId == found.Id)).ToListAsync(cancellationToken);
            return new ManagedObjective(found.Name,
                indicators.OrderBy(i => i.IsComputed).ThenBy(i => i.Id).ToList());
        }, cancellationToken);

    /// <summary>
    /// Adds a recorded indicator to an element of the plan in force, or of a draft plan (<paramref name="planSlug"/>).
    /// Computed indicators are part of a plan's data, not of this form.
    /// </summary>
    public Task<Result> DefineAsync(string code, IndicatorForm form, string? planSlug = null, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.DefineIndicator.Of(code), Staff, async change =>
        {
            var objective = await ManagedObjectives(change.Db, code, planSlug).SingleOrDefaultAsync(cancellationToken);
            if (objective is null)
            {
                return Result.NotFound(text["ObjectiveNotFound"]);
            }
            var unit = PostedText.Choice<IndicatorUnit>(form.Unit, nameof(IndicatorForm.Unit), change.Errors, text["ChooseUnit"]);
            var entry = form.Read(change.Errors, text["ChooseFrequency"]);
            Indicator? indicator = null;
            if (unit is null || entry is null || !change.Errors.TryApply(() =>
                {
                    indicator = objective.AddRecordedIndicator(entry.Name, unit.Value, entry.Baseline, entry.BaselineDate, entry.Target, entry.TargetDate);
                    indicator.Describe(entry.Definition);
                    indicator.SetMilestones(entry.Milestones);
                }, form))
            {
                return Result.Invalid(change.Errors);
            }
            await change.SaveAsync();
            return await SavedAsync(indicator!.Id, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Corrects an indicator's names, figures, definition and milestones (its unit stays), if nobody changed it since the
    /// form was loaded. A moved baseline or target is kept as a re-baselining, with the user, the day and the reason given.
    /// </summary>
    public Task<Result> RedefineAsync(int indicatorId, IndicatorForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.CorrectIndicator.Of(indicatorId), Staff, async change =>
        {
            var indicator = await change.Db.Indicators.Include(i => i.Milestones).SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);
            if (indicator is null)
            {
                return Result.NotFound(text["IndicatorGone"]);
            }
            if (form.Read(change.Errors, text["ChooseFrequency"]) is not { } entry)
            {
                return Result.Invalid(change.Errors);
            }
            if (change.IsStale(indicator, form.Version))
            {
                return await ConflictAsync(indicatorId, cancellationToken);
            }
            if (!change.Errors.TryApply(() =>
                {
                    indicator.Redefine(entry.Name, entry.Baseline, entry.BaselineDate, entry.Target, entry.TargetDate, form.Reason, change.User.DisplayName, clock.Today());
                    indicator.Describe(entry.Definition);
                    indicator.SetMilestones(entry.Milestones);
                }, form))
            {
                return Result.Invalid(change.Errors);
            }
            return await change.SaveAsync(indicator, form.Version) ? await SavedAsync(indicatorId, cancellationToken) : await ConflictAsync(indicatorId, cancellationToken);
        }, cancellationToken);

    public Task<Result> RecordValueAsync(int indicatorId, IndicatorValueForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.RecordIndicatorValue.Of(indicatorId), Staff, async change =>
        {
            var indicator = await change.Db.Indicators.SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);
            if (indicator is null)
            {
                return Result.NotFound(text["IndicatorGone"]);
            }
            var date = PostedText.Date(form.Date, nameof(IndicatorValueForm.Date), change.Errors);
            var value = PostedText.Number(form.Value, nameof(IndicatorValueForm.Value), change.Errors);
            // The domain's rules (a computed indicator, a value out of range, a bad link) are judged even when a
            // date is missing, so that every message comes at once; nothing is saved unless all pass.
            if (!change.Errors.TryApply(() => indicator.RecordValue(date ?? DateOnly.MinValue, value ?? 0, form.Note, form.SourceUrl, change.User.DisplayName, clock.Today()), form)
                || date is null || value is null)
            {
                return Result.Invalid(change.Errors);
            }
            // Someone else's value comes first: the user sees it before adding theirs.
            if (change.IsStale(indicator, form.Version))
            {
                return await ConflictAsync(indicatorId, cancellationToken);
            }
            return await change.SaveAsync(indicator, form.Version) ? await SavedAsync(indicatorId, cancellationToken) : await ConflictAsync(indicatorId, cancellationToken);
        }, cancellationToken);

    /// <summary>The element by its code in the plan in force, or in the draft at <paramref name="planSlug"/>: a closed plan's indicators are final.</summary>
    private static IQueryable<Objective> ManagedObjectives(AllianceDbContext db, string code, string? planSlug)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var plans = planSlug is null ? db.StrategicPlans.Current() : db.StrategicPlans.Where(p => p.Status == PlanStatus.Draft).OfPeriod(planSlug);
        return db.Objectives.Where(o => o.Code == normalized && plans.Select(p => p.Id).Contains(o.StrategicPlanId));
    }

    private async Task<Result> SavedAsync(int indicatorId, CancellationToken cancellationToken) =>
        Result.Saved(await changes.ReadAsync(db => Project(db.Indicators.Where(i => i.Id == indicatorId)).SingleOrDefaultAsync(cancellationToken), cancellationToken));

    private async Task<Result> ConflictAsync(int indicatorId, CancellationToken cancellationToken)
    {
        var current = await changes.ReadAsync(db => Project(db.Indicators.Where(i => i.Id == indicatorId)).SingleOrDefaultAsync(cancellationToken), cancellationToken);
        return current is null
            ? Result.NotFound(text["IndicatorGone"])
            : Result.Conflict(text["IndicatorConflict", current.Name.For(CultureInfo.CurrentUICulture)], current);
    }

    private static IQueryable<ManagedIndicator> Project(IQueryable<Indicator> indicators) =>
        indicators.AsNoTracking().AsSplitQuery().Select(i => new ManagedIndicator(
            i.Id, new LocalizedText(i.NameEn, i.NameFr), i.Unit, i.Metric, i.Baseline, i.BaselineDate, i.Target, i.TargetDate,
            i.Values.OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).Select(v => new IndicatorPoint(v.Date, v.Value, v.Note, v.SourceUrl)).ToList(),
            new IndicatorDefinition(
                i.MethodEn == null ? null : new LocalizedText(i.MethodEn, i.MethodFr!),
                i.SourceEn == null ? null : new LocalizedText(i.SourceEn, i.SourceFr!),
                i.ReportedByEn == null ? null : new LocalizedText(i.ReportedByEn, i.ReportedByFr!),
                i.Frequency),
            i.Milestones.OrderBy(m => m.Date).Select(m => new Milestone(m.Date, m.Value)).ToList(),
            EF.Property<Guid>(i, VersionColumn.PropertyName)));
}
