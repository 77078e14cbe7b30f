using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Result = Alliance.Web.Features.Shared.ChangeResult<Alliance.Web.Features.Members.ManagedOrganisation>;

namespace Alliance.Web.Features.Members;

/// <summary>
/// Adds and edits member organisations and records when one leaves: the secretariat's and
/// administrators' work, through the portal's one write path. An invalid result whose name is
/// taken carries, as <see cref="ChangeResult{T}.Current"/>, the organisation that has it.
/// </summary>
public sealed class MemberAdministrationService(ChangeWriter changes, IStringLocalizer<MemberStrings> text)
{
    private Permission Staff => new(user => user.IsStaff, text["ManageForbidden"]);

    /// <summary>Whether the caller may change the register; pages use it to show or hide their forms.</summary>
    public Task<bool> CanManageAsync(CancellationToken cancellationToken = default) => changes.AllowsAsync(Staff, cancellationToken);

    public Task<(FormAccess Access, ManagedOrganisation? Organisation)> GetAsync(int id, CancellationToken cancellationToken = default) =>
        changes.ReadForAsync(Staff, db => FindAsync(db, id, cancellationToken), cancellationToken);

    public Task<Result> AddAsync(OrganisationForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.AddOrganisation.Of(), Staff, async change =>
        {
            var details = form.Read(change.Errors, text);
            Organisation? organisation = null;
            // The domain's rules run even with other messages, so that every message comes at once.
            if (details is null || !change.Errors.TryApply(() => organisation = new Organisation(
                    details.Name, details.Acronym, details.Type, details.Scope, details.CountryCode, details.JoinedOn), form))
            {
                return Result.Invalid(change.Errors);
            }
            if (await DuplicateOfAsync(change.Db, organisation!, cancellationToken) is { } duplicate)
            {
                return Duplicated(duplicate);
            }
            change.Db.Organisations.Add(organisation!);
            return await SaveAsync(change, organisation!, null);
        }, cancellationToken, NameTaken);

    public Task<Result> EditAsync(int id, OrganisationForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.EditOrganisation.Of(id), Staff, async change =>
        {
            var organisation = await change.Db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (organisation is null)
            {
                return Result.NotFound(text["OrganisationGone"]);
            }
            var details = form.Read(change.Errors, text);
            // A refused update leaves the organisation as it was; nothing is saved unless all is well.
            if (details is null || !change.Errors.TryApply(() => organisation.Update(
                    details.Name, details.Acronym, details.Type, details.Scope, details.CountryCode, details.JoinedOn), form))
            {
                return Result.Invalid(change.Errors);
            }
            // Someone else's change comes before the duplicate check, which is made against what is stored now.
            if (change.IsStale(organisation, form.Version))
            {
                return await ConflictAsync(id, cancellationToken);
            }
            if (await DuplicateOfAsync(change.Db, organisation, cancellationToken) is { } duplicate)
            {
                return Duplicated(duplicate);
            }
            return await SaveAsync(change, organisation, form.Version);
        }, cancellationToken, NameTaken);

    public Task<Result> RecordLeavingAsync(int id, LeavingForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.RecordLeaving.Of(id), Staff, async change =>
        {
            var organisation = await change.Db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (organisation is null)
            {
                return Result.NotFound(text["OrganisationGone"]);
            }
            var leftOn = PostedText.Date(form.LeftOn, nameof(LeavingForm.LeftOn), change.Errors);
            // The committee's rules too: a member that leaves gives up its seat first.
            var committee = new Committee(await change.Db.SteeringCommitteeSeats.Include(s => s.Tenures).ToListAsync(cancellationToken));
            if (leftOn is null || !change.Errors.TryApply(() => committee.RecordLeaving(organisation, leftOn.Value), form))
            {
                return Result.Invalid(change.Errors);
            }
            if (change.IsStale(organisation, form.Version))
            {
                return await ConflictAsync(id, cancellationToken);
            }
            return await SaveAsync(change, organisation, form.Version);
        }, cancellationToken);

    /// <summary>The countries the form offers, by name in the user's language.</summary>
    public static IReadOnlyList<Localization.Country> CountryChoices() => Localization.Countries.All();

    private async Task<Result> SaveAsync(Change change, Organisation organisation, Guid? loadedVersion)
    {
        if (!await change.SaveAsync(organisation, loadedVersion))
        {
            // Someone saved this organisation between our read and our write.
            return await ConflictAsync(organisation.Id, change.Cancellation);
        }
        return Result.Saved(await changes.ReadAsync(db => FindAsync(db, organisation.Id, change.Cancellation), change.Cancellation));
    }

    /// <summary>The unique index on the normalised name refused the save: someone took the name a moment before; checked again on fresh data.</summary>
    private Retry<ManagedOrganisation> NameTaken => new(
        failure => failure is not DbUpdateConcurrencyException && failure.Entries.Any(e => e.Entity is Organisation),
        () => Result.Conflict(changes.Busy));

    private static Task<ManagedOrganisation?> DuplicateOfAsync(AllianceDbContext db, Organisation organisation, CancellationToken cancellationToken) =>
        Project(db.Organisations.Where(o => o.NormalizedName == organisation.NormalizedName && o.Id != organisation.Id)).FirstOrDefaultAsync(cancellationToken);

    private async Task<Result> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        var current = await changes.ReadAsync(db => FindAsync(db, id, cancellationToken), cancellationToken);
        return current is null
            ? Result.NotFound(text["OrganisationGone"])
            : Result.Conflict(text["OrganisationConflict", current.Name], current);
    }

    private Result Duplicated(ManagedOrganisation existing) =>
        new(ChangeOutcome.Invalid, new Dictionary<string, string> { [nameof(OrganisationForm.Name)] = text["DuplicateName", existing.Name] }, existing);

    private static Task<ManagedOrganisation?> FindAsync(AllianceDbContext db, int id, CancellationToken cancellationToken) =>
        Project(db.Organisations.Where(o => o.Id == id)).SingleOrDefaultAsync(cancellationToken);

    private static IQueryable<ManagedOrganisation> Project(IQueryable<Organisation> organisations) =>
        organisations.AsNoTracking().Select(o => new ManagedOrganisation(o.Id, o.Name, o.Acronym, o.Type, o.Scope, o.CountryCode, o.JoinedOn, o.LeftOn,
            EF.Property<Guid>(o, VersionColumn.PropertyName)));
}
