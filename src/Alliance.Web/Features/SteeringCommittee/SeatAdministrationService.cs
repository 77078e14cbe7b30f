using System.Globalization;
using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Result = Alliance.Web.Features.Shared.ChangeResult<Alliance.Web.Features.Shared.Nothing>;

namespace Alliance.Web.Features.SteeringCommittee;

/// <summary>A seat's open tenure (started or not) with the version a form must carry back.</summary>
public sealed record ManagedTenure(int Id, SeatHolder Holder, string Representative, DateOnly StartDate, DateOnly TermEndsOn, Guid Version);

/// <summary>A seat as the manage page lists it: as everyone sees it today, plus what the secretariat can change.</summary>
public sealed record ManagedSeat(SeatRow Row, ManagedTenure? Open, Guid Version)
{
    public int Number => Row.Number;

    /// <summary>No open tenure: the seat can be given, from the day its last holder leaves.</summary>
    public bool CanAssign => Open is null;
}

/// <summary>A member organisation that holds no seat today, offered for a vacant one.</summary>
public sealed record OrganisationOption(int Id, string Name, string? Acronym, OrganisationScope Scope)
{
    public bool IsLocalNationalOrRegional => OrganisationScopes.LocalNationalOrRegional.Contains(Scope);

    public string DisplayName => Acronym is null ? Name : $"{Name} ({Acronym})";
}

public sealed record ManagedCommittee(DateOnly Today, IReadOnlyList<ManagedSeat> Seats, IReadOnlyList<OrganisationOption> Available);

/// <summary>
/// Gives vacant seats to organisations, ends tenures, renews terms and changes representatives:
/// the secretariat's and administrators' work, through the portal's one write path. The seat's
/// version (touched by every assignment) and the database's unique indexes make two simultaneous
/// assignments of a seat end with one holder and one clear message. A saved change's result
/// carries its confirmation.
/// </summary>
public sealed class SeatAdministrationService(ChangeWriter changes, TimeProvider clock, IStringLocalizer<SteeringCommitteeStrings> text)
{
    private Permission Staff => new(user => user.IsStaff, text["ManageForbidden"]);

    public Task<(FormAccess Access, ManagedCommittee? Committee)> GetCommitteeAsync(CancellationToken cancellationToken = default) =>
        changes.ReadForAsync(Staff, async db =>
        {
            var today = clock.Today();
            // Tracked, so that each seat's and tenure's version can be read for the forms.
            var seats = await LoadSeatsAsync(db, cancellationToken);
            var managed = seats.OrderBy(s => s.Number).Select(seat => new ManagedSeat(
                    SteeringCommitteeService.Row(seat, today),
                    seat.OpenTenure is { } open
                        ? new ManagedTenure(open.Id, SeatHolder.Of(open.Organisation), open.RepresentativeName, open.StartDate, open.TermEndsOn, db.VersionOf(open))
                        : null,
                    db.VersionOf(seat)))
                .ToList();
            var available = await db.Organisations.AsNoTracking().MembersOn(today)
                .Where(o => !db.SeatTenures.Any(t => t.OrganisationId == o.Id && (t.EndedOn == null || t.EndedOn > today)))
                .Select(o => new OrganisationOption(o.Id, o.Name, o.Acronym, o.Scope))
                .ToListAsync(cancellationToken);
            var ordered = available.OrderBy(o => o.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true)).ToList();
            return new ManagedCommittee(today, managed, ordered);
        }, cancellationToken);

    public Task<Result> AssignAsync(int seatNumber, SeatAssignmentForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(AuditActions.AssignSeat.Of(seatNumber), Staff, async change =>
        {
            // The whole committee, tracked: the rule that an organisation holds one seat spans seats.
            var seats = await LoadSeatsAsync(change.Db, cancellationToken);
            var seat = seats.SingleOrDefault(s => s.Number == seatNumber);
            if (seat is null)
            {
                return Result.NotFound(text["SeatNotFound", seatNumber]);
            }
            var typed = form.Read(change.Errors, text["ChooseOrganisation"]);
            var organisation = typed is { } t ? await change.Db.Organisations.FindAsync([t.OrganisationId], cancellationToken) : null;
            if (typed is not null && organisation is null)
            {
                change.Errors.Add(nameof(SeatAssignmentForm.OrganisationId), text["ChooseOrganisation"]);
            }
            if (typed is not { } assignment || organisation is null || !change.Errors.IsEmpty)
            {
                return Result.Invalid(change.Errors);
            }
            // Someone else's assignment (or a holder written since) comes before the rules, which are checked against what is stored now.
            if (change.IsStale(seat, form.SeatVersion) || seat.OpenTenure is not null)
            {
                return await SeatConflictAsync(seatNumber, cancellationToken);
            }
            if (!change.Errors.TryApply(() => new Committee(seats).Assign(seatNumber, organisation, form.Representative!, assignment.Start, assignment.TermEnd), form))
            {
                return Result.Invalid(change.Errors);
            }
            // The seat's version is checked and renewed by the same save, so a second assignment made from the same view fails.
            return await change.SaveAsync(seat, form.SeatVersion)
                ? Result.Saved(confirmation: text["AssignedDone", seatNumber, organisation.Name])
                : await SeatConflictAsync(seatNumber, cancellationToken);
        }, cancellationToken, OpenTenureRaced);

    public Task<Result> ChangeTenureAsync(int tenureId, TenureChange kind, TenureChangeForm form, CancellationToken cancellationToken = default) =>
        changes.RunAsync(TenureAction(kind).Of(tenureId), Staff, async change =>
        {
            var tenure = await change.Db.SeatTenures.Include(t => t.Seat).Include(t => t.Organisation).SingleOrDefaultAsync(t => t.Id == tenureId, cancellationToken);
            if (tenure is null)
            {
                return Result.NotFound(text["TenureGone"]);
            }
            if (!form.TryRead(kind, change.Errors, out var date))
            {
                return Result.Invalid(change.Errors);
            }
            var changed = text["TenureChanged", tenure.Seat.Number, tenure.Organisation.Name];
            if (change.IsStale(tenure, form.TenureVersion))
            {
                return Result.Conflict(changed);
            }
            Action apply = kind switch
            {
                TenureChange.End => () => tenure.End(date),
                TenureChange.Renew => () => tenure.Renew(date),
                _ => () => tenure.ChangeRepresentative(form.Representative!),
            };
            if (!change.Errors.TryApply(apply, form))
            {
                return Result.Invalid(change.Errors);
            }
            // Ending frees the seat: an assignment prepared while it was held must be looked at again.
            if (!await change.SaveAsync(tenure, form.TenureVersion, kind == TenureChange.End ? [tenure.Seat] : []))
            {
                return Result.Conflict(changed);
            }
            var detail = kind == TenureChange.ChangeRepresentative ? tenure.RepresentativeName : date.ToString("d", CultureInfo.CurrentCulture);
            return Result.Saved(confirmation: text[$"{kind}Done", tenure.Seat.Number, tenure.Organisation.Name, detail]);
        }, cancellationToken);

    /// <summary>
    /// A unique index refused a second open tenure: someone took the seat, or gave the organisation
    /// another one, a moment before us. Judged again on fresh data, it reads as the seat taken or as
    /// the domain's own rule.
    /// </summary>
    private Retry<Nothing> OpenTenureRaced => new(
        failure => failure is not DbUpdateConcurrencyException && failure.Entries.Any(e => e.Entity is SeatTenure),
        () => Result.Conflict(changes.Busy));

    private static Task<List<SteeringCommitteeSeat>> LoadSeatsAsync(AllianceDbContext db, CancellationToken cancellationToken) =>
        db.SteeringCommitteeSeats.Include(s => s.Tenures).ThenInclude(t => t.Organisation).ToListAsync(cancellationToken);

    /// <summary>The seat changed since the form was loaded: say who holds it now, read afresh.</summary>
    private async Task<Result> SeatConflictAsync(int seatNumber, CancellationToken cancellationToken)
    {
        var holder = await changes.ReadAsync(db => db.SeatTenures.AsNoTracking()
            .Where(t => t.Seat.Number == seatNumber && t.EndedOn == null)
            .Select(t => t.Organisation.Name)
            .SingleOrDefaultAsync(cancellationToken), cancellationToken);
        return Result.Conflict(holder is null ? text["SeatChanged", seatNumber] : text["SeatTaken", seatNumber, holder]);
    }

    private static AuditAction TenureAction(TenureChange kind) => kind switch
    {
        TenureChange.End => AuditActions.EndTenure,
        TenureChange.Renew => AuditActions.RenewTenure,
        _ => AuditActions.ChangeRepresentative,
    };
}
