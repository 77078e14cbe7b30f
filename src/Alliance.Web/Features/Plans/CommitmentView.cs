using System.Linq.Expressions;
using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Web.Features.Shared;
using Alliance.Web.Features.SteeringCommittee;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Plans;

/// <summary>A plan's commitment as a query reads it: its words, the terms its rule assesses and, for an element's activities, the element.</summary>
public sealed record CommitmentRow(string Code, LocalizedText Text, CommitmentTerms Terms, ElementName? Element)
{
    /// <summary>The row of a commitment, in a query (alone, or inside a plan's projection with <c>AsQueryable()</c>).</summary>
    public static readonly Expression<Func<Commitment, CommitmentRow>> FromEntity = c => new CommitmentRow(
        c.Code, new LocalizedText(c.TextEn, c.TextFr), new CommitmentTerms(c.Rule, c.Plan.AdoptedOn, c.Deadline, c.SharePercent, c.Since, c.ElementId),
        c.Element == null ? null : ElementName.Of(c.Element.Code, c.Element.TitleEn, c.Element.TitleFr, c.Element.Kind.LabelledByCode, c.Element.Kind.NameEn, c.Element.Kind.NameFr));

    /// <summary>The commitments of the plan in force that <paramref name="rules"/> assess, in the plan's order.</summary>
    public static Task<List<CommitmentRow>> OfCurrentPlanAsync(AllianceDbContext db, CommitmentRule[] rules, CancellationToken cancellationToken) =>
        db.Commitments.AsNoTracking()
            .Where(c => rules.Contains(c.Rule) && db.StrategicPlans.Current().Select(p => p.Id).Contains(c.StrategicPlanId))
            .OrderBy(c => c.SortOrder)
            .Select(FromEntity)
            .ToListAsync(cancellationToken);

    private static readonly Func<Commitment, CommitmentRow> s_fromEntity = FromEntity.Compile();

    /// <summary>The row of a commitment loaded with its plan.</summary>
    public static CommitmentRow Of(Commitment commitment) => s_fromEntity(commitment);

    public CommitmentView Assess(DateOnly day, CommitmentData data) =>
        new(Code, Text, Terms, CommitmentAssessment.Of(Terms, day, data), Element);

    /// <summary>
    /// What the commitments' rules read, loaded once for them all: only the kinds of data some rule reads,
    /// and only the activities of the elements that activity rules name.
    /// </summary>
    public static async Task<CommitmentData> LoadDataAsync(AllianceDbContext db, IEnumerable<CommitmentTerms> commitments, CancellationToken cancellationToken)
    {
        var terms = commitments.ToList();
        var reads = terms.Aggregate(default(CommitmentInputs), (all, t) => all | CommitmentAssessment.Reads(t.Rule));
        var elementIds = terms.Where(t => t.ElementId is not null).Select(t => t.ElementId!.Value).Distinct().ToList();
        var seats = reads.Seats ? await SteeringCommitteeService.LoadSeatsAsync(db, cancellationToken) : [];
        var organisations = reads.Organisations ? await db.Organisations.AsNoTracking().ToListAsync(cancellationToken) : [];
        var groups = reads.Groups
            ? await db.WorkingGroups.AsNoTracking().Include(g => g.CoLeads).ThenInclude(c => c.Organisation).AsSplitQuery().ToListAsync(cancellationToken)
            : [];
        var activities = reads.Activities
            ? await db.Activities.AsNoTracking().Where(a => elementIds.Contains(a.ObjectiveId))
                .Include(a => a.ProgressUpdates).Include(a => a.Workplan).ThenInclude(w => w.WorkingGroup).AsSplitQuery().ToListAsync(cancellationToken)
            : [];
        return new CommitmentData(seats, organisations, groups, activities);
    }
}

/// <summary>A plan's commitment as pages show it: its words, its deadline, where it stands on the day shown and, for an element's activities, the element.</summary>
public sealed record CommitmentView(string Code, LocalizedText Text, CommitmentTerms Terms, CommitmentAssessment Assessment, ElementName? Element = null);
