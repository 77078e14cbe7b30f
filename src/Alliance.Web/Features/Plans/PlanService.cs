using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features.SteeringCommittee;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Plans;

/// <summary>
/// Reads for the plan pages: every plan, and one plan whole (mission, key reference, precepts,
/// structure and commitments), each commitment assessed from the portal's data.
/// </summary>
public sealed class PlanService(IDbContextFactory<AllianceDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Every plan, newest first; drafts only for staff, who build them.</summary>
    public async Task<PlanList> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var staff = (await currentUser.LoadAsync(db, cancellationToken))?.IsStaff == true;
        var plans = await db.StrategicPlans.AsNoTracking()
            .Where(p => staff || p.Status != PlanStatus.Draft)
            .OrderByDescending(p => p.StartYear)
            .Select(p => new { p.StartYear, p.EndYear, p.TitleEn, p.TitleFr, p.AdoptedOn, p.Status, Elements = p.Objectives.Count, Commitments = p.Commitments.Count })
            .ToListAsync(cancellationToken);
        return new PlanList(plans.Select(p => new PlanSummary(StrategicPlan.SlugOf(p.StartYear, p.EndYear), new LocalizedText(p.TitleEn, p.TitleFr),
            p.StartYear, p.EndYear, p.AdoptedOn, p.Status, p.Elements, p.Commitments)).ToList(), staff);
    }

    /// <summary>The plan at <c>/plans/{slug}</c> ("2018-2020"), or null when no plan has that period.</summary>
    public async Task<PlanDetails?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.StrategicPlans.AsNoTracking()
            .Include(p => p.Objectives.OrderBy(o => o.SortOrder)).ThenInclude(o => o.Kind)
            .Include(p => p.Objectives).ThenInclude(o => o.Indicators)
            .Include(p => p.Commitments.OrderBy(c => c.SortOrder)).ThenInclude(c => c.Element).ThenInclude(e => e!.Kind)
            .AsSplitQuery()
            .OfPeriod(slug).SingleOrDefaultAsync(cancellationToken);
        var staff = (await currentUser.LoadAsync(db, cancellationToken))?.IsStaff == true;
        if (plan is null || (plan.Status == PlanStatus.Draft && !staff))
        {
            return null;
        }
        var rows = plan.Commitments.Select(CommitmentRow.Of).ToList();
        var data = await CommitmentRow.LoadDataAsync(db, rows.Select(r => r.Terms), cancellationToken);
        // A closed plan shows the verdicts it kept when it closed, with their evidence of that day.
        var commitments = plan.Commitments.Zip(rows, (c, row) => Kept(c, row.Assess(plan.ResultsOn ?? today, data))).ToList();
        var finals = plan.ResultsOn is { } resultsOn
            ? plan.Objectives.SelectMany(o => o.Indicators.OrderBy(i => i.Id).Select(i => new FinalResult(ElementName.Of(o), i.Name, i.Unit, i.FinalValue, i.Target)))
                .ToList()
            : [];
        return new PlanDetails(
            new PlanSummary(plan.Slug, new LocalizedText(plan.TitleEn, plan.TitleFr), plan.StartYear, plan.EndYear, plan.AdoptedOn, plan.Status,
                plan.Objectives.Count, plan.Commitments.Count),
            plan.MissionEn is null ? null : new LocalizedText(plan.MissionEn, plan.MissionFr!),
            plan.ReferenceEn is null ? null : new LocalizedText(plan.ReferenceEn, plan.ReferenceFr!),
            plan.Precepts.OrderBy(p => p.SortOrder).Select(p => new PlanPreceptView(p.Title, p.Text)).ToList(),
            Structure(plan.Objectives, parent: null),
            commitments,
            today)
        {
            CanEdit = staff && plan.Status == PlanStatus.Draft,
            ResultsOn = plan.ResultsOn,
            FinalResults = finals,
        };
    }

    /// <summary>The elements under <paramref name="parent"/> (the top of the plan when null), each with its own, to any depth.</summary>
    internal static List<PlanElementView> Structure(IReadOnlyList<Objective> elements, Objective? parent) =>
        elements.Where(e => e.ParentId == parent?.Id).OrderBy(e => e.SortOrder)
            .Select(e => new PlanElementView(ElementName.Of(e), KindOf(e.Kind), e.Statement, Structure(elements, e)))
            .ToList();

    private static CommitmentView Kept(Commitment commitment, CommitmentView assessed) => commitment.FinalVerdict is { } verdict
        ? assessed with { Assessment = assessed.Assessment with { Verdict = verdict, Achieved = commitment.FinalAchieved ?? assessed.Assessment.Achieved } }
        : assessed;

    internal static ElementKindView KindOf(PlanElementKind kind) =>
        new(kind.Code, kind.Name, kind.Plural, kind.IsCrossCutting, kind.LabelledByCode, kind.SortOrder);
}

public sealed record PlanSummary(string Slug, LocalizedText Title, int StartYear, int EndYear, DateOnly AdoptedOn, PlanStatus Status, int Elements, int Commitments);

public sealed record PlanPreceptView(LocalizedText Title, LocalizedText Text);

/// <summary>An element of a plan's structure and the elements under it.</summary>
public sealed record PlanElementView(ElementName Name, ElementKindView Kind, LocalizedText Statement, IReadOnlyList<PlanElementView> Children);

/// <summary>A plan whole, with its commitments assessed on <paramref name="Today"/> (the deadline's verdict once it has passed).</summary>
public sealed record PlanDetails(
    PlanSummary Plan, LocalizedText? Mission, LocalizedText? Reference, IReadOnlyList<PlanPreceptView> Precepts,
    IReadOnlyList<PlanElementView> Elements, IReadOnlyList<CommitmentView> Commitments, DateOnly Today)
{
    /// <summary>The reader is staff and the plan a draft, whose structure they may build.</summary>
    public bool CanEdit { get; init; }

    /// <summary>For a closed plan, the day its results stand for, and each indicator's value kept on that day.</summary>
    public DateOnly? ResultsOn { get; init; }
    public IReadOnlyList<FinalResult> FinalResults { get; init; } = [];
}

/// <summary>An indicator's value kept when its plan closed; null when there was nothing to count.</summary>
public sealed record FinalResult(ElementName Element, LocalizedText Indicator, IndicatorUnit Unit, decimal? Value, decimal Target);

/// <summary>The plans a reader may see, and whether they may start a new draft.</summary>
public sealed record PlanList(IReadOnlyList<PlanSummary> Plans, bool CanCreate);
