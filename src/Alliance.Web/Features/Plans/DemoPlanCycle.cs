using Alliance.Data;
using Alliance.Data.Auditing;
using Alliance.Data.Seeding;
using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Features.Plans;

/// <summary>
/// The demo data's plan cycle, run once after seeding: the 2021–2025 strategy is put in force on its endorsement day by the
/// same closing the secretariat runs (<see cref="PlanClosing"/>), so 2018–2020 keeps its figures of 31 December 2020 and each of
/// its unfinished activities is carried over, closed or dropped (<see cref="DemoCycle.DecisionFor"/>). Then the strategy's first
/// years: a children's participation initiative and progress on the work carried over. <c>Seed:DemoPlanInForce</c> "2018-2020"
/// leaves 2021–2025 a draft (the tests' demo).
/// </summary>
public sealed class DemoPlanCycle(AllianceDbContext db, IOptions<SeedOptions> seed, IStringLocalizer<SharedStrings> shared,
    IStringLocalizer<PlanStrings> text, ILogger<DemoPlanCycle> logger)
{
    public const string Action = "demo data: the 2021–2025 strategy put in force";

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (!seed.Value.Demo || seed.Value.DemoPlanInForce != "2021-2025")
        {
            return;
        }
        var draft = await db.StrategicPlans.Include(p => p.Objectives).Include(p => p.Categories).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.StartYear == 2021 && p.EndYear == 2025 && p.Status == PlanStatus.Draft, cancellationToken);
        var closing = await db.StrategicPlans.Include(p => p.Objectives).ThenInclude(o => o.Indicators).ThenInclude(i => i.Values)
            .Include(p => p.Commitments).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.StartYear == 2018 && p.EndYear == 2020 && p.Status == PlanStatus.InForce, cancellationToken);
        if (draft is null || closing is null || !await db.WorkingGroups.AnyAsync(cancellationToken))
        {
            return;
        }
        db.Actor = AuditActor.System(Action);
        var unfinished = await PlanClosing.UnfinishedAsync(db, closing.Id, cancellationToken);
        var codes = closing.Objectives.ToDictionary(o => o.Id, o => o.Code);
        var decisions = unfinished.Select(a =>
        {
            var (disposition, element, reason) = DemoCycle.DecisionFor(a, codes[a.ObjectiveId]);
            return new ClosingDecision { ActivityId = a.Id, Choice = disposition.ToString(), ElementCode = element, Reason = reason };
        }).ToList();
        var errors = new FormErrors(shared);
        if (!await PlanClosing.DecideUnfinishedAsync(db, closing, draft, decisions, errors, text, cancellationToken))
        {
            throw new InvalidOperationException("The demo's closing decisions were refused: " + string.Join("; ", errors.ToDictionary().Values));
        }
        // The plan in force steps down in a save of its own: the database holds one plan in force at a time.
        await db.InTransactionAsync(async ct =>
        {
            await PlanClosing.CloseAsync(db, closing, DemoCycle.PutInForceOn, ct);
            await db.SaveChangesAsync(ct);
            draft.PutInForce();
            var workplans = await db.Workplans.Include(w => w.Activities).ThenInclude(a => a.ProgressUpdates)
                .Where(w => w.StrategicPlanId == draft.Id).ToListAsync(ct);
            var initiative = await db.GroupKinds.SingleAsync(k => k.Code == DemoCycle.InitiativeKind, ct);
            var local = await db.Organisations.SingleAsync(o => o.Name == "Juba Children's Voice", ct);
            var global = await db.Organisations.SingleAsync(o => o.Name == "Plan International", ct);
            var secretariat = await db.Users.SingleAsync(u => u.Email == "secretariat@alliance.test", ct);
            var (group, workplan) = DemoCycle.Continue2021To2025(draft, workplans, initiative, local, global, secretariat.Id, secretariat.DisplayName);
            db.WorkingGroups.Add(group);
            db.Workplans.Add(workplan);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        logger.LogInformation("Demo data: 2021–2025 in force; 2018–2020 closed with {Decided} unfinished activities decided", unfinished.Count);
    }
}
