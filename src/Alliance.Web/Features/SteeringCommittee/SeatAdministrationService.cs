using System.Globalization;
using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain;
using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.SteeringCommittee;

public enum SeatOutcome
{
    Saved,
    Invalid,
    Conflict,
    Forbidden,
    NotFound,
}

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
/// The result of a change. Errors are keyed by the form's property ("" for the change as a whole);
/// a saved change has a confirmation to show. Both are already in the user's language.
/// </summary>
public sealed record SeatResult(SeatOutcome Outcome, IReadOnlyDictionary<string, string> Errors, string? Confirmation = null)
{
    public bool Succeeded => Outcome == SeatOutcome.Saved;

    public string? Message => Errors.GetValueOrDefault("");
}

/// <summary>
/// Gives vacant seats to organisations, ends tenures, renews terms and changes representatives:
/// the secretariat's and administrators' work. Every call reads the caller's roles from the
/// database and applies the committee's rules through the domain; the seat's version (touched by
/// every assignment) and the database's unique indexes make two simultaneous assignments of a seat
/// end with one holder and one clear message.
/// </summary>
public sealed class SeatAdministrationService(
    IDbContextFactory<AllianceDbContext> dbFactory,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SteeringCommitteeStrings> text,
    IStringLocalizer<SharedStrings> shared,
    ILogger<SeatAdministrationService> logger)
{
    public async Task<(SeatOutcome Access, ManagedCommittee? Committee)> GetCommitteeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, "open the seats", "", cancellationToken) is not null)
        {
            return (SeatOutcome.Forbidden, null);
        }
        var today = Today;
        // Tracked, so that each seat's and tenure's version can be read for the forms.
        var seats = await LoadSeatsAsync(db, cancellationToken);
        var managed = seats.OrderBy(s => s.Number).Select(seat => new ManagedSeat(
                SteeringCommitteeService.Row(seat, today),
                seat.OpenTenure is { } open
                    ? new ManagedTenure(open.Id, SeatHolder.Of(open.Organisation), open.RepresentativeName, open.StartDate, open.TermEndsOn, db.VersionOf(open))
                    : null,
                db.VersionOf(seat)))
            .ToList();
        var available = await db.Organisations.AsNoTracking()
            .Where(o => o.JoinedOn <= today && (o.LeftOn == null || o.LeftOn > today))
            .Where(o => !db.SeatTenures.Any(t => t.OrganisationId == o.Id && (t.EndedOn == null || t.EndedOn > today)))
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Acronym, o.Scope))
            .ToListAsync(cancellationToken);
        var ordered = available.OrderBy(o => o.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true)).ToList();
        return (SeatOutcome.Saved, new ManagedCommittee(today, managed, ordered));
    }

    public async Task<SeatResult> AssignAsync(int seatNumber, SeatAssignmentForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, "assign seat", seatNumber, cancellationToken) is { } refused)
        {
            return refused;
        }
        // The whole committee, tracked: the rule that an organisation holds one seat spans seats.
        var seats = await LoadSeatsAsync(db, cancellationToken);
        var seat = seats.SingleOrDefault(s => s.Number == seatNumber);
        if (seat is null)
        {
            return Failed(SeatOutcome.NotFound, text["SeatNotFound", seatNumber]);
        }
        var errors = new Dictionary<string, string>();
        var organisation = await ParseOrganisationAsync(db, form.OrganisationId, errors, cancellationToken);
        var start = FormDates.Parse(form.StartDate, nameof(SeatAssignmentForm.StartDate), errors, shared);
        var termEnd = FormDates.Parse(form.TermEndsOn, nameof(SeatAssignmentForm.TermEndsOn), errors, shared);
        RequireRepresentative(form.Representative, nameof(SeatAssignmentForm.Representative), errors);
        if (start is { } s && termEnd is { } e && e <= s)
        {
            errors[nameof(SeatAssignmentForm.TermEndsOn)] = text["TermEndAfterStart"];
        }
        if (organisation is not null && start is { } from && from < organisation.JoinedOn)
        {
            errors[nameof(SeatAssignmentForm.OrganisationId)] = text["NotYetMember", organisation.Name, Format(organisation.JoinedOn)];
        }
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        // Someone else's assignment comes before the rules, which are checked against what is stored now.
        if (db.VersionOf(seat) != form.SeatVersion)
        {
            return await SeatConflictAsync(seatNumber, cancellationToken);
        }
        if (!errors.TryApply(() => new Committee(seats).Assign(seatNumber, organisation!, form.Representative!, start!.Value, termEnd!.Value), AssignmentField, shared))
        {
            return Invalid(errors);
        }
        // The seat's version is checked and renewed by the same save, so a second assignment made from the same view fails.
        db.Entry(seat).ExpectVersion(form.SeatVersion);
        db.Entry(seat).TouchVersion();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await SeatConflictAsync(seatNumber, cancellationToken);
        }
        catch (DbUpdateException failure)
        {
            // A unique index refused a second open tenure: someone took the seat, or the organisation, a moment before us.
            if (await RefusedByIndexAsync(seatNumber, organisation!.Id, cancellationToken) is { } raced)
            {
                logger.LogInformation(failure, "Assignment of seat {SeatNumber} refused by the database", seatNumber);
                return raced;
            }
            throw;
        }
        logger.LogInformation("Seat {SeatNumber} assigned to organisation {OrganisationId} from {StartDate}", seatNumber, organisation!.Id, start);
        return Saved(text["AssignedDone", seatNumber, organisation.Name]);
    }

    public async Task<SeatResult> ChangeTenureAsync(int tenureId, TenureChange change, TenureChangeForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, $"{change} tenure", tenureId, cancellationToken) is { } refused)
        {
            return refused;
        }
        var tenure = await db.SeatTenures.Include(t => t.Seat).Include(t => t.Organisation).SingleOrDefaultAsync(t => t.Id == tenureId, cancellationToken);
        if (tenure is null)
        {
            return Failed(SeatOutcome.NotFound, text["TenureGone"]);
        }
        var errors = new Dictionary<string, string>();
        DateOnly date = default;
        if (change == TenureChange.ChangeRepresentative)
        {
            RequireRepresentative(form.Representative, nameof(TenureChangeForm.Representative), errors);
        }
        else if (FormDates.Parse(form.Date, nameof(TenureChangeForm.Date), errors, shared) is { } parsed)
        {
            date = parsed;
            if (change == TenureChange.End && date <= tenure.StartDate)
            {
                errors[nameof(TenureChangeForm.Date)] = text["EndAfterStart", Format(tenure.StartDate)];
            }
        }
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        if (db.VersionOf(tenure) != form.TenureVersion)
        {
            logger.LogInformation("Change to tenure {TenureId} refused: it changed since the form was loaded", tenureId);
            return Failed(SeatOutcome.Conflict, text["TenureChanged", tenure.Seat.Number, tenure.Organisation.Name]);
        }
        Action apply = change switch
        {
            TenureChange.End => () => tenure.End(date),
            TenureChange.Renew => () => tenure.Renew(date),
            _ => () => tenure.ChangeRepresentative(form.Representative!),
        };
        if (!errors.TryApply(apply, TenureField, shared))
        {
            return Invalid(errors);
        }
        db.Entry(tenure).ExpectVersion(form.TenureVersion);
        if (change == TenureChange.End)
        {
            // Ending frees the seat: an assignment prepared while it was held must be looked at again.
            db.Entry(tenure.Seat).TouchVersion();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failed(SeatOutcome.Conflict, text["TenureChanged", tenure.Seat.Number, tenure.Organisation.Name]);
        }
        logger.LogInformation("Tenure {TenureId} of seat {SeatNumber}: {Change}", tenureId, tenure.Seat.Number, change);
        var detail = change == TenureChange.ChangeRepresentative ? tenure.RepresentativeName : Format(date);
        return Saved(text[$"{change}Done", tenure.Seat.Number, tenure.Organisation.Name, detail]);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static Task<List<SteeringCommitteeSeat>> LoadSeatsAsync(AllianceDbContext db, CancellationToken cancellationToken) =>
        db.SteeringCommitteeSeats.Include(s => s.Tenures).ThenInclude(t => t.Organisation).ToListAsync(cancellationToken);

    private static string AssignmentField(DomainException problem) => problem.Code switch
    {
        "OrganisationHoldsSeat" or "OrganisationNotMember" => nameof(SeatAssignmentForm.OrganisationId),
        "TenuresOverlap" => nameof(SeatAssignmentForm.StartDate),
        "DatesOutOfOrder" => nameof(SeatAssignmentForm.TermEndsOn),
        _ when problem.Field == "Representative" => nameof(SeatAssignmentForm.Representative),
        _ => "",
    };

    private static string TenureField(DomainException problem) => problem.Code switch
    {
        "DatesOutOfOrder" or "RenewalNotLater" => nameof(TenureChangeForm.Date),
        _ when problem.Field == "Representative" => nameof(TenureChangeForm.Representative),
        _ => "",
    };

    private async Task<Organisation?> ParseOrganisationAsync(AllianceDbContext db, string? value, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var organisation = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Organisations.FindAsync([id], cancellationToken)
            : null;
        if (organisation is null)
        {
            errors[nameof(SeatAssignmentForm.OrganisationId)] = text["ChooseOrganisation"];
        }
        return organisation;
    }

    private void RequireRepresentative(string? representative, string field, Dictionary<string, string> errors)
    {
        // Checked here as well as in the domain, so that an empty form gets every message at once.
        if (string.IsNullOrWhiteSpace(representative))
        {
            errors[field] = shared["DomainError_Required", shared[LocalizerExtensions.FieldKey("Representative")]];
        }
    }

    private async Task<SeatResult?> RefusedAsync(AllianceDbContext db, string action, object target, CancellationToken cancellationToken)
    {
        var user = await currentUser.LoadAsync(db, cancellationToken);
        if (user?.IsStaff == true)
        {
            return null;
        }
        logger.LogWarning("Refused to {Action} {Target} for user {UserId}", action, target, user?.Id);
        return Failed(SeatOutcome.Forbidden, text["ManageForbidden"]);
    }

    /// <summary>The seat changed since the form was loaded: say who holds it now, read afresh.</summary>
    private async Task<SeatResult> SeatConflictAsync(int seatNumber, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var holder = await fresh.SeatTenures.AsNoTracking()
            .Where(t => t.Seat.Number == seatNumber && t.EndedOn == null)
            .Select(t => t.Organisation.Name)
            .SingleOrDefaultAsync(cancellationToken);
        logger.LogInformation("Assignment of seat {SeatNumber} refused: the seat changed since the form was loaded", seatNumber);
        return Failed(SeatOutcome.Conflict, holder is null ? text["SeatChanged", seatNumber] : text["SeatTaken", seatNumber, holder]);
    }

    /// <summary>Which open tenure beat ours to the unique index, or null if neither did (another failure).</summary>
    private async Task<SeatResult?> RefusedByIndexAsync(int seatNumber, int organisationId, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await fresh.SeatTenures.AsNoTracking()
            .Where(t => t.EndedOn == null && (t.Seat.Number == seatNumber || t.OrganisationId == organisationId))
            .Select(t => new { SeatNumber = t.Seat.Number, t.OrganisationId, Organisation = t.Organisation.Name })
            .ToListAsync(cancellationToken);
        if (open.FirstOrDefault(t => t.SeatNumber == seatNumber) is { } seatTaken)
        {
            return Failed(SeatOutcome.Conflict, text["SeatTaken", seatNumber, seatTaken.Organisation]);
        }
        if (open.FirstOrDefault(t => t.OrganisationId == organisationId) is { } organisationTaken)
        {
            // The domain's own rule and message, which the domain could not see: the other seat was taken meanwhile.
            var message = shared["DomainError_OrganisationHoldsSeat", organisationTaken.Organisation, organisationTaken.SeatNumber];
            return Invalid(new Dictionary<string, string> { [nameof(SeatAssignmentForm.OrganisationId)] = message });
        }
        return null;
    }

    private static string Format(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    private static SeatResult Saved(string confirmation) => new(SeatOutcome.Saved, new Dictionary<string, string>(), confirmation);

    private static SeatResult Invalid(Dictionary<string, string> errors) => new(SeatOutcome.Invalid, errors);

    private static SeatResult Failed(SeatOutcome outcome, string message) =>
        new(outcome, new Dictionary<string, string> { [""] = message });
}
