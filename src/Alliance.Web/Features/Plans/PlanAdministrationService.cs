using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain.Plans;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Result = Alliance.Web.Features.Shared.ChangeResult<Alliance.Web.Features.Plans.ManagedPlan>;

namespace Alliance.Web.Features.Plans;

/// <summary>An element as the editor lists it: in the plan's order, each under its parent, with its depth for indenting.</summary>
public sealed record ManagedElement(ElementName Name, string KindCode, string? ParentCode, int Depth)
{
    /// <summary>What the element says it is for, in each language.</summary>
    public LocalizedText Statement { get; init; }
}

/// <summary>A plan as staff build it, with the version every form must carry back.</summary>
public sealed record ManagedPlan(
    string Slug, LocalizedText Title, int StartYear, int EndYear, DateOnly AdoptedOn, PlanStatus Status, Guid Version,
    IReadOnlyList<ElementKindView> Kinds, IReadOnlyList<ManagedElement> Elements, IReadOnlyList<CategoryOption> Categories)
{
    public bool IsDraft => Status == PlanStatus.Draft;

    public IReadOnlyList<ManagedCommitment> Commitments { get; init; } = [];
}

/// <summary>A commitment as the editor lists it.</summary>
public sealed record ManagedCommitment(string Code, CommitmentRule Rule, LocalizedText Text, DateOnly Deadline);

/// <summary>
/// The secretariat's and administrators' work on plans, through the portal's one write path:
/// creating a draft plan and building its structure (kinds of element, elements under elements,
/// categories of work). The domain refuses structure changes to a plan that is not a draft. Every
/// change carries the plan's version, so that two people building the same plan see each other's work.
/// </summary>
public sealed class PlanAdministrationService(ChangeWriter changes, IStringLocalizer<PlanStrings> text, TimeProvider clock)
{
    private Permission Staff => new(user => user.IsStaff, text["ManageForbidden"]);

    public Task<(FormAccess Access, ManagedPlan? Plan)> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        changes.ReadForAsync(Staff, db => LoadAsync(db, slug, cancellationToken), cancellationToken);

    public Task<bool> MayManageAsync(CancellationToken cancellationToken = default) => changes.AllowsAsync(Staff, cancellationToken);

    public Task<Result> CreateAsync(PlanForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.CreatePlan.Of($"{form.StartYear?.Trim()}-{form.EndYear?.Trim()}"), Staff, async change =>
        {
            var start = PostedText.WholeNumber(form.StartYear, nameof(PlanForm.StartYear), change.Errors, text["YearNeeded"]);
            var end = PostedText.WholeNumber(form.EndYear, nameof(PlanForm.EndYear), change.Errors, text["YearNeeded"]);
            var adopted = PostedText.Date(form.AdoptedOn, nameof(PlanForm.AdoptedOn), change.Errors);
            if (start is { } first && end is { } last && await change.Db.StrategicPlans.AnyAsync(p => p.StartYear == first && p.EndYear == last, cancellationToken))
            {
                change.Errors.Add(nameof(PlanForm.EndYear), text["PeriodTaken", StrategicPlan.SlugOf(first, last)]);
            }
            StrategicPlan? plan = null;
            if (!change.Errors.TryApply(() => plan = new StrategicPlan(form.TitleEn ?? "", form.TitleFr ?? "", start ?? StrategicPlan.FirstYear,
                    end ?? StrategicPlan.FirstYear, adopted ?? DateOnly.MinValue), form)
                || start is null || end is null || adopted is null)
            {
                return Result.Invalid(change.Errors);
            }
            change.Db.StrategicPlans.Add(plan!);
            await change.SaveAsync();
            return await SavedAsync(plan!.Slug, cancellationToken);
        }, cancellationToken);

    public Task<Result> AddElementKindAsync(string slug, ElementKindForm form, CancellationToken cancellationToken = default) =>
        ChangeStructureAsync(AuditActions.AddElementKind.Of(slug), slug, form.Version, (plan, errors) => errors.TryApply(() =>
            plan.AddElementKind(form.Code ?? "", new LocalizedText(form.NameEn ?? "", form.NameFr ?? ""),
                new LocalizedText(form.PluralEn ?? "", form.PluralFr ?? ""), form.IsCrossCutting, form.LabelledByCode), form),
            cancellationToken);

    public Task<Result> AddElementAsync(string slug, ElementForm form, CancellationToken cancellationToken = default) =>
        ChangeStructureAsync(AuditActions.AddPlanElement.Of(slug), slug, form.Version, (plan, errors) =>
        {
            var kindCode = form.KindCode?.Trim().ToLowerInvariant();
            var kind = plan.ElementKinds.FirstOrDefault(k => k.Code == kindCode);
            if (kind is null)
            {
                errors.Add(nameof(ElementForm.KindCode), text["ChooseKind"]);
            }
            var parentCode = form.ParentCode?.Trim().ToUpperInvariant();
            var parent = string.IsNullOrEmpty(parentCode) ? null : plan.Objectives.FirstOrDefault(o => o.Code == parentCode);
            if (!string.IsNullOrEmpty(parentCode) && parent is null)
            {
                errors.Add(nameof(ElementForm.ParentCode), text["ChooseParent"]);
            }
            return kind is not null && errors.TryApply(() => plan.AddObjective(form.Code ?? "", kind,
                new LocalizedText(form.TitleEn ?? "", form.TitleFr ?? ""), new LocalizedText(form.StatementEn ?? "", form.StatementFr ?? ""), parent), form);
        }, cancellationToken);

    /// <summary>Rewords an element of a draft plan: its title and statement in each language.</summary>
    public Task<Result> RewordElementAsync(string slug, ElementForm form, CancellationToken cancellationToken = default) =>
        ChangeStructureAsync(AuditActions.RewordPlanElement.Of(slug), slug, form.Version, (plan, errors) => errors.TryApply(() =>
            plan.RewordElement(form.Code ?? "", new LocalizedText(form.TitleEn ?? "", form.TitleFr ?? ""),
                new LocalizedText(form.StatementEn ?? "", form.StatementFr ?? "")), form),
            cancellationToken);

    /// <summary>Removes an element of a draft plan that nothing rests on (no element under it, no indicator, no commitment).</summary>
    public Task<Result> RemoveElementAsync(string slug, string code, Guid loadedVersion, CancellationToken cancellationToken = default) =>
        ChangeStructureAsync(AuditActions.RemovePlanElement.Of(slug), slug, loadedVersion, (plan, errors) => errors.TryApply(() => plan.RemoveElement(code)),
            cancellationToken);

    /// <summary>
    /// Adds a commitment to a draft plan: its words in each language, its deadline and the rule that assesses it, with what
    /// the rule needs (a share, a day from which members count, an element of the plan).
    /// </summary>
    public Task<Result> AddCommitmentAsync(string slug, CommitmentForm form, CancellationToken cancellationToken = default) =>
        ChangeStructureAsync(AuditActions.AddPlanCommitment.Of(slug), slug, form.Version, (plan, errors) =>
        {
            var rule = PostedText.Choice<CommitmentRule>(form.Rule, nameof(CommitmentForm.Rule), errors, text["ChooseRule"]);
            var deadline = PostedText.Date(form.Deadline, nameof(CommitmentForm.Deadline), errors);
            var share = string.IsNullOrWhiteSpace(form.SharePercent) ? null : PostedText.Number(form.SharePercent, nameof(CommitmentForm.SharePercent), errors);
            var since = string.IsNullOrWhiteSpace(form.Since) ? null : PostedText.Date(form.Since, nameof(CommitmentForm.Since), errors);
            var element = string.IsNullOrWhiteSpace(form.ElementCode) ? null
                : plan.Objectives.SingleOrDefault(o => o.Code == form.ElementCode.Trim().ToUpperInvariant());
            if (!string.IsNullOrWhiteSpace(form.ElementCode) && element is null)
            {
                errors.Add(nameof(CommitmentForm.ElementCode), text["UnknownElement"]);
            }
            return rule is not null && deadline is not null && errors.TryApply(() =>
            {
                plan.EnsureDraft();
                plan.AddCommitment(form.Code ?? "", rule.Value, new LocalizedText(form.TextEn ?? "", form.TextFr ?? ""), deadline.Value, share, since, element);
            }, form);
        }, cancellationToken);

    public Task<Result> AddCategoryAsync(string slug, CategoryForm form, CancellationToken cancellationToken = default) =>
        ChangeStructureAsync(AuditActions.AddPlanCategory.Of(slug), slug, form.Version, (plan, errors) => errors.TryApply(() =>
            plan.AddCategory(form.Code ?? "", new LocalizedText(form.NameEn ?? "", form.NameFr ?? "")), form),
            cancellationToken);

    /// <summary>The activities of the plan in force that putting a draft in force must decide on: live, neither completed nor cancelled.</summary>
    public Task<(FormAccess Access, IReadOnlyList<ClosingActivity>? Activities)> GetClosingAsync(CancellationToken cancellationToken = default) =>
        changes.ReadForAsync(Staff, async db => (IReadOnlyList<ClosingActivity>?)await db.Activities.AsNoTracking()
            .Where(a => a.Workplan.Plan.Status == PlanStatus.InForce && !a.IsArchived && a.Disposition == null
                && a.Status != Domain.Workplans.ActivityStatus.Completed && a.Status != Domain.Workplans.ActivityStatus.Cancelled)
            .OrderBy(a => a.Workplan.WorkingGroup.Kind.SortOrder).ThenBy(a => a.Workplan.WorkingGroup.ShortName).ThenBy(a => a.DueDate).ThenBy(a => a.Id)
            .Select(a => new ClosingActivity(a.Id, a.Title, a.Workplan.WorkingGroup.ShortName,
                ElementName.Of(a.Objective.Code, a.Objective.TitleEn, a.Objective.TitleFr, a.Objective.Kind.LabelledByCode, a.Objective.Kind.NameEn, a.Objective.Kind.NameFr),
                a.Status, a.PercentComplete, a.DueDate))
            .ToListAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// Puts a draft in force. The plan in force closes first, in the same transaction: each of its activities not completed is
    /// carried into the draft (under the element chosen), closed or dropped, as <paramref name="form"/> decides, each for a
    /// reason; then it keeps its figures of its last day (<see cref="PlanClosing"/>). Nothing changes unless every decision holds.
    /// </summary>
    public Task<Result> PutInForceAsync(string slug, ClosingForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.PutPlanInForce.Of(slug), Staff, async change =>
        {
            var draft = await change.Db.StrategicPlans.Include(p => p.Objectives).Include(p => p.Categories).AsSplitQuery()
                .OfPeriod(slug).SingleOrDefaultAsync(cancellationToken);
            if (draft is null)
            {
                return Result.NotFound(text["PlanNotFound"]);
            }
            if (change.IsStale(draft, form.Version))
            {
                return await ConflictAsync(slug, cancellationToken);
            }
            var current = await change.Db.StrategicPlans.Include(p => p.Objectives).ThenInclude(o => o.Indicators).ThenInclude(i => i.Values)
                .Include(p => p.Commitments).AsSplitQuery()
                .SingleOrDefaultAsync(p => p.Status == PlanStatus.InForce, cancellationToken);
            if (draft.Status != PlanStatus.Draft || current is null)
            {
                // Nothing to close: the domain says why a plan that is not a draft cannot be put in force.
                return change.Errors.TryApply(draft.PutInForce) && await change.SaveAsync(draft, form.Version)
                    ? await SavedAsync(slug, cancellationToken) : Result.Invalid(change.Errors);
            }
            if (!await PlanClosing.DecideUnfinishedAsync(change.Db, current, draft, form.Decisions, change.Errors, text, cancellationToken))
            {
                return Result.Invalid(change.Errors);
            }
            var outcome = await change.InTransactionAsync(async () =>
            {
                await PlanClosing.CloseAsync(change.Db, current, clock.Today(), cancellationToken);
                // The plan in force steps down first, in a save of its own (with its activities' fates and those carried over):
                // the database holds one plan in force at a time.
                await change.SaveAsync(current);
                if (!change.Errors.TryApply(draft.PutInForce))
                {
                    return Result.Invalid(change.Errors);
                }
                return await change.SaveAsync(draft, form.Version) ? Result.Saved(null) : Result.Conflict(text["PlanConflict"]);
            });
            // Read once committed, so that the plan comes back as it now stands.
            return outcome.Outcome switch
            {
                ChangeOutcome.Saved => await SavedAsync(slug, cancellationToken),
                ChangeOutcome.Conflict => await ConflictAsync(slug, cancellationToken),
                _ => outcome,
            };
        }, cancellationToken);



    /// <summary>Loads the plan whole, applies one change to its structure and saves it if nobody saved the plan since the page was loaded.</summary>
    private Task<Result> ChangeStructureAsync(string action, string slug, Guid loadedVersion, Func<StrategicPlan, FormErrors, bool> apply,
        CancellationToken cancellationToken) =>
        changes.RunAsync(action, Staff, async change =>
        {
            // Whole, with what rests on its elements, so that the domain sees what a removal would take with it.
            var plan = await change.Db.StrategicPlans.Include(p => p.ElementKinds).Include(p => p.Objectives).ThenInclude(o => o.Indicators)
                .Include(p => p.Categories).Include(p => p.Commitments)
                .AsSplitQuery().OfPeriod(slug).SingleOrDefaultAsync(cancellationToken);
            if (plan is null)
            {
                return Result.NotFound(text["PlanNotFound"]);
            }
            if (change.IsStale(plan, loadedVersion))
            {
                return await ConflictAsync(slug, cancellationToken);
            }
            if (!apply(plan, change.Errors))
            {
                return Result.Invalid(change.Errors);
            }
            return await change.SaveAsync(plan, loadedVersion) ? await SavedAsync(slug, cancellationToken) : await ConflictAsync(slug, cancellationToken);
        }, cancellationToken);

    private async Task<Result> SavedAsync(string slug, CancellationToken cancellationToken) =>
        Result.Saved(await changes.ReadAsync(db => LoadAsync(db, slug, cancellationToken), cancellationToken));

    private async Task<Result> ConflictAsync(string slug, CancellationToken cancellationToken)
    {
        var current = await changes.ReadAsync(db => LoadAsync(db, slug, cancellationToken), cancellationToken);
        return current is null ? Result.NotFound(text["PlanNotFound"]) : Result.Conflict(text["PlanConflict"], current);
    }

    private static async Task<ManagedPlan?> LoadAsync(AllianceDbContext db, string slug, CancellationToken cancellationToken)
    {
        // Tracked, so that the plan's version (a shadow column) is read with it.
        var plan = await db.StrategicPlans
            .Include(p => p.ElementKinds).Include(p => p.Objectives).ThenInclude(o => o.Kind).Include(p => p.Categories).Include(p => p.Commitments)
            .AsSplitQuery().OfPeriod(slug).SingleOrDefaultAsync(cancellationToken);
        return plan is null ? null : new ManagedPlan(plan.Slug, new LocalizedText(plan.TitleEn, plan.TitleFr), plan.StartYear, plan.EndYear,
            plan.AdoptedOn, plan.Status, db.VersionOf(plan),
            plan.ElementKinds.OrderBy(k => k.SortOrder).Select(PlanService.KindOf).ToList(),
            [.. Flatten(PlanService.Structure(plan.Objectives, parent: null), parentCode: null, depth: 0)],
            plan.Categories.OrderBy(c => c.SortOrder).Select(c => new CategoryOption(c.Code, c.Name)).ToList())
        {
            Commitments = plan.Commitments.OrderBy(c => c.SortOrder).Select(c => new ManagedCommitment(c.Code, c.Rule, c.Text, c.Deadline)).ToList(),
        };
    }

    /// <summary>The plan's tree as the editor lists it: each element followed by those under it.</summary>
    private static IEnumerable<ManagedElement> Flatten(IEnumerable<PlanElementView> level, string? parentCode, int depth) =>
        level.SelectMany(e => Flatten(e.Children, e.Name.Code, depth + 1).Prepend(new ManagedElement(e.Name, e.Kind.Code, parentCode, depth) { Statement = e.Statement }));
}
