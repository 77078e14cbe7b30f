using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Result = Alliance.Web.Features.Shared.ChangeResult<Alliance.Web.Features.Workplans.ManagedCoLeads>;

namespace Alliance.Web.Features.Workplans;

/// <summary>An organisation a co-lead handover names: a current co-lead (with the day its term began) or a member that may take over.</summary>
public sealed record CoLeadOption(int OrganisationId, string Name, DateOnly? Since);

/// <summary>A group's co-leads as the handover desk shows them, the members that may take over, and the group's version.</summary>
public sealed record ManagedCoLeads(IReadOnlyList<CoLeadOption> Current, IReadOnlyList<CoLeadOption> Candidates, Guid Version);

/// <summary>A co-lead handover as typed: who hands over, to whom, on which day.</summary>
public sealed class HandoverForm : IChangeForm
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? On { get; set; }

    /// <summary>The group's version when the desk was loaded.</summary>
    public Guid Version { get; set; }
}

/// <summary>
/// The secretariat records the rotation of a group's co-leads, through the portal's one write path: a term ends and the next
/// begins the same day (<see cref="Domain.WorkingGroups.WorkingGroup.HandOverCoLead"/>), version-checked on the group and audited.
/// </summary>
public sealed class CoLeadAdministrationService(ChangeWriter changes, IStringLocalizer<WorkplanAdminStrings> text, TimeProvider clock)
{
    private Permission Staff => new(user => user.CanManageWorkplans, text["ManageForbidden"]);

    public Task<(FormAccess Access, ManagedCoLeads? CoLeads)> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        changes.ReadForAsync(Staff, db => LoadAsync(db, slug, cancellationToken), cancellationToken);

    public Task<Result> HandOverAsync(string slug, HandoverForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.HandOverCoLead.Of(slug), Staff, async change =>
        {
            var group = await change.Db.WorkingGroups.Include(g => g.CoLeads).ThenInclude(c => c.Organisation)
                .SingleOrDefaultAsync(g => g.Slug == slug.ToLowerInvariant(), cancellationToken);
            if (group is null)
            {
                return Result.NotFound(text["GroupNotFound"]);
            }
            // Someone else's handover comes first: the user sees the co-leads as they now are.
            if (change.IsStale(group, form.Version))
            {
                return Result.Conflict(text["CoLeadConflict"], await changes.ReadAsync(db => LoadAsync(db, slug, cancellationToken), cancellationToken));
            }
            var from = PostedText.WholeNumber(form.From, nameof(HandoverForm.From), change.Errors, text["ChooseOutgoingCoLead"]);
            var to = PostedText.WholeNumber(form.To, nameof(HandoverForm.To), change.Errors, text["ChooseIncomingCoLead"]);
            var on = PostedText.Date(form.On, nameof(HandoverForm.On), change.Errors);
            var outgoing = group.CoLeads.FirstOrDefault(c => c.IsOpen && c.OrganisationId == from)?.Organisation;
            var incoming = to is null ? null : await change.Db.Organisations.SingleOrDefaultAsync(o => o.Id == to, cancellationToken);
            if (from is not null && outgoing is null)
            {
                change.Errors.Add(nameof(HandoverForm.From), text["ChooseOutgoingCoLead"]);
            }
            if (to is not null && incoming is null)
            {
                change.Errors.Add(nameof(HandoverForm.To), text["ChooseIncomingCoLead"]);
            }
            if (outgoing is null || incoming is null || on is null)
            {
                return Result.Invalid(change.Errors);
            }
            if (!change.Errors.TryApply(() => group.HandOverCoLead(outgoing, incoming, on.Value, clock.Today()), form))
            {
                return Result.Invalid(change.Errors);
            }
            return await change.SaveAsync(group, form.Version)
                ? Result.Saved(await changes.ReadAsync(db => LoadAsync(db, slug, cancellationToken), cancellationToken))
                : Result.Conflict(text["CoLeadConflict"], await changes.ReadAsync(db => LoadAsync(db, slug, cancellationToken), cancellationToken));
        }, cancellationToken);

    private async Task<ManagedCoLeads?> LoadAsync(AllianceDbContext db, string slug, CancellationToken cancellationToken)
    {
        // Tracked, so that the group's version (a shadow column) is read with it.
        var group = await db.WorkingGroups.Include(g => g.CoLeads).ThenInclude(c => c.Organisation)
            .SingleOrDefaultAsync(g => g.Slug == slug.ToLowerInvariant(), cancellationToken);
        if (group is null)
        {
            return null;
        }
        var today = clock.Today();
        var current = group.CoLeads.Where(c => c.IsOpen).OrderBy(c => c.Since)
            .Select(c => new CoLeadOption(c.OrganisationId, c.Organisation.Name, c.Since)).ToList();
        var taken = current.Select(c => c.OrganisationId).ToList();
        var candidates = await db.Organisations.AsNoTracking().MembersOn(today).Where(o => !taken.Contains(o.Id))
            .OrderBy(o => o.Name).Select(o => new CoLeadOption(o.Id, o.Name, null)).ToListAsync(cancellationToken);
        return new ManagedCoLeads(current, candidates, db.VersionOf(group));
    }
}
