using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Domain.Workplans;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Plans;

/// <summary>
/// Closing the plan in force, as putting a draft in force does (<see cref="PlanAdministrationService.PutInForceAsync"/>) and as the
/// demo data's plan cycle does (<see cref="DemoPlanCycle"/>): what becomes of each activity not completed, then the figures of the
/// plan's last day kept for good. Neither saves: the caller saves, in its transaction.
/// </summary>
internal static class PlanClosing
{
    /// <summary>The activities of a plan its closing must decide on (tracked, with their workplan, group and category), oldest first.</summary>
    public static Task<List<Activity>> UnfinishedAsync(AllianceDbContext db, int planId, CancellationToken cancellationToken) =>
        db.Activities.Include(a => a.Workplan).ThenInclude(w => w.WorkingGroup).Include(a => a.Category)
            .Where(a => a.Workplan.StrategicPlanId == planId && !a.IsArchived && a.Disposition == null
                && a.Status != ActivityStatus.Completed && a.Status != ActivityStatus.Cancelled)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Applies a decision to every activity of the closing plan that awaits one, each message beside its activity's row:
    /// a decision missing, a choice or an element not offered, a reason left blank, or a rule of the domain.
    /// </summary>
    public static async Task<bool> DecideUnfinishedAsync(AllianceDbContext db, StrategicPlan closing, StrategicPlan next,
        IReadOnlyList<ClosingDecision> decisions, FormErrors errors, IStringLocalizer<PlanStrings> text, CancellationToken cancellationToken)
    {
        var pending = await UnfinishedAsync(db, closing.Id, cancellationToken);
        var workplans = await db.Workplans.Include(w => w.Activities).Where(w => w.StrategicPlanId == next.Id).ToListAsync(cancellationToken);
        foreach (var activity in pending)
        {
            var decision = decisions.FirstOrDefault(d => d.ActivityId == activity.Id) ?? new ClosingDecision { ActivityId = activity.Id };
            var choiceInput = ClosingDecision.Input(activity.Id, nameof(ClosingDecision.Choice));
            if (string.IsNullOrWhiteSpace(decision.Choice))
            {
                errors.Add(choiceInput, text["DecisionNeeded"]);
                continue;
            }
            var choice = PostedText.Choice<ActivityDisposition>(decision.Choice, choiceInput, errors, text["DecisionNeeded"]);
            if (choice == ActivityDisposition.CarriedOver)
            {
                var elementInput = ClosingDecision.Input(activity.Id, nameof(ClosingDecision.ElementCode));
                var element = next.Objectives.SingleOrDefault(o => o.Code == decision.ElementCode?.Trim().ToUpperInvariant());
                if (element is null)
                {
                    errors.Add(elementInput, text["CarryElementNeeded"]);
                    continue;
                }
                var category = next.Categories.SingleOrDefault(c => c.Code == activity.Category.Code) ?? next.Categories.OrderBy(c => c.SortOrder).FirstOrDefault();
                if (category is null)
                {
                    errors.Add(elementInput, text["CarryCategoryNeeded"]);
                    continue;
                }
                var workplan = workplans.SingleOrDefault(w => w.WorkingGroupId == activity.Workplan.WorkingGroupId);
                if (workplan is null)
                {
                    workplan = new Workplan(activity.Workplan.WorkingGroup, next);
                    db.Workplans.Add(workplan);
                    workplans.Add(workplan);
                }
                errors.TryApply(() => activity.CarryInto(workplan, element, category, decision.Reason, next.AdoptedOn), decision);
            }
            else if (choice is { } ended)
            {
                errors.TryApply(() => activity.EndWithPlan(ended, decision.Reason), decision);
            }
        }
        return errors.IsEmpty;
    }

    /// <summary>Closes a plan on <paramref name="today"/> with its figures of its last day, computed as its pages compute them.</summary>
    public static async Task CloseAsync(AllianceDbContext db, StrategicPlan plan, DateOnly today, CancellationToken cancellationToken)
    {
        var day = plan.ResultsDayIfClosedOn(today);
        var indicators = plan.Objectives.SelectMany(o => o.Indicators).Where(i => i.IsComputed).ToList();
        var computed = await Objectives.ComputedIndicatorValues.ComputeAsync(db, [.. indicators.Select(i => i.ObjectiveId).Distinct()],
            indicators.Select(i => i.Metric!.Value).ToHashSet(), day, cancellationToken);
        var data = await CommitmentRow.LoadDataAsync(db, plan.Commitments.Select(CommitmentTerms.Of), cancellationToken);
        plan.Close(today, (indicator, _) => computed.For(indicator.Metric!.Value, indicator.ObjectiveId),
            (commitment, on) => CommitmentAssessment.Of(commitment, on, data));
    }
}
