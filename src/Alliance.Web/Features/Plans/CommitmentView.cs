using System.Linq.Expressions;
using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Plans;

/// <summary>A plan's commitment as a query reads it: its words and the terms its rule assesses.</summary>
public sealed record CommitmentRow(string Code, LocalizedText Text, CommitmentTerms Terms)
{
    /// <summary>The row of a commitment, in a query (alone, or inside a plan's projection with <c>AsQueryable()</c>).</summary>
    public static readonly Expression<Func<Commitment, CommitmentRow>> FromEntity = c => new CommitmentRow(
        c.Code, new LocalizedText(c.TextEn, c.TextFr), new CommitmentTerms(c.Rule, c.Plan.AdoptedOn, c.Deadline, c.SharePercent, c.Since));

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

    public CommitmentView Assess(DateOnly day, IReadOnlyCollection<SteeringCommitteeSeat> seats, IReadOnlyCollection<Organisation> organisations) =>
        new(Code, Text, Terms, CommitmentAssessment.Of(Terms, day, seats, organisations));
}

/// <summary>A plan's commitment as pages show it: its words, its deadline, and where it stands on the day shown.</summary>
public sealed record CommitmentView(string Code, LocalizedText Text, CommitmentTerms Terms, CommitmentAssessment Assessment);
