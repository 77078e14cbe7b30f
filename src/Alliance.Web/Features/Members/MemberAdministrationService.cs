using System.Globalization;
using Alliance.Data;
using Alliance.Data.Concurrency;
using Alliance.Domain;
using Alliance.Domain.Members;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Members;

public enum MemberChangeOutcome
{
    Saved,
    Invalid,
    Conflict,
    Forbidden,
    NotFound,
}

/// <summary>An organisation already in the register under the name someone tried to use.</summary>
public sealed record ExistingOrganisation(int Id, string Name);

/// <summary>
/// The result of a change. Errors are keyed by form property ("" for the change as a whole) and
/// already in the user's language. <see cref="Organisation"/> is the organisation as saved or, on a
/// conflict, as someone else left it; <see cref="Duplicate"/> the one whose name was taken.
/// </summary>
public sealed record MemberChangeResult(
    MemberChangeOutcome Outcome, IReadOnlyDictionary<string, string> Errors, ManagedOrganisation? Organisation, ExistingOrganisation? Duplicate = null)
{
    public bool Succeeded => Outcome == MemberChangeOutcome.Saved;
}

/// <summary>
/// Adds and edits member organisations and records when one leaves: the secretariat's and
/// administrators' work. Every call reads the caller's roles from the database; every change of an
/// existing organisation carries the version its form was loaded with.
/// </summary>
public sealed class MemberAdministrationService(
    IDbContextFactory<AllianceDbContext> dbFactory,
    CurrentUser currentUser,
    IStringLocalizer<MemberStrings> text,
    IStringLocalizer<SharedStrings> shared,
    ILogger<MemberAdministrationService> logger)
{
    // Domain field names → the form's inputs.
    private static readonly Dictionary<string, string> FormFields = new()
    {
        ["Name"] = nameof(OrganisationForm.Name),
        ["Acronym"] = nameof(OrganisationForm.Acronym),
        ["Type"] = nameof(OrganisationForm.Type),
        ["Scope"] = nameof(OrganisationForm.Scope),
        ["Country"] = nameof(OrganisationForm.CountryCode),
        ["Joined"] = nameof(OrganisationForm.JoinedOn),
        ["Left"] = nameof(LeavingForm.LeftOn),
    };

    /// <summary>Whether the caller may change the register; pages use it to show or hide their forms.</summary>
    public async Task<bool> CanManageAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await RefusedAsync(db, "open the editor", "the register", cancellationToken) is null;
    }

    public async Task<(MemberChangeOutcome Access, ManagedOrganisation? Organisation)> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, "open organisation", id, cancellationToken) is not null)
        {
            return (MemberChangeOutcome.Forbidden, null);
        }
        var organisation = await FindAsync(db, id, cancellationToken);
        return (organisation is null ? MemberChangeOutcome.NotFound : MemberChangeOutcome.Saved, organisation);
    }

    public async Task<MemberChangeResult> AddAsync(OrganisationForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, "add", "an organisation", cancellationToken) is { } refused)
        {
            return refused;
        }
        var (details, errors) = Parse(form);
        Organisation? organisation = null;
        if (details is not null)
        {
            // Run the domain's rules even with other messages, so that every message comes at once.
            Apply(() => organisation = new Organisation(details.Name, details.Acronym, details.Type, details.Scope, details.CountryCode, details.JoinedOn), errors);
        }
        if (organisation is null || errors.Count > 0)
        {
            return Invalid(errors);
        }
        if (await DuplicateOfAsync(db, organisation.NormalizedName, 0, cancellationToken) is { } duplicate)
        {
            return Duplicated(duplicate);
        }
        db.Organisations.Add(organisation);
        return await SaveAsync(db, organisation, "added", cancellationToken);
    }

    public async Task<MemberChangeResult> EditAsync(int id, OrganisationForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, "edit organisation", id, cancellationToken) is { } refused)
        {
            return refused;
        }
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return Failed(MemberChangeOutcome.NotFound, text["OrganisationGone"]);
        }
        var (details, errors) = Parse(form);
        if (details is not null)
        {
            // A refused update leaves the organisation as it was; nothing is saved unless all is well.
            Apply(() => organisation.Update(details.Name, details.Acronym, details.Type, details.Scope, details.CountryCode, details.JoinedOn), errors);
        }
        if (details is null || errors.Count > 0)
        {
            return Invalid(errors);
        }
        // Someone else's change comes before the duplicate check, which is made against what is stored now.
        if (db.VersionOf(organisation) != form.Version)
        {
            return await ConflictAsync(id, cancellationToken);
        }
        if (await DuplicateOfAsync(db, organisation.NormalizedName, id, cancellationToken) is { } duplicate)
        {
            return Duplicated(duplicate);
        }
        db.Entry(organisation).ExpectVersion(form.Version);
        return await SaveAsync(db, organisation, "edited", cancellationToken);
    }

    public async Task<MemberChangeResult> RecordLeavingAsync(int id, LeavingForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, "record the leaving of organisation", id, cancellationToken) is { } refused)
        {
            return refused;
        }
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return Failed(MemberChangeOutcome.NotFound, text["OrganisationGone"]);
        }
        var errors = new Dictionary<string, string>();
        var leftOn = FormDates.Parse(form.LeftOn, nameof(LeavingForm.LeftOn), errors, shared);
        if (leftOn is null || !Apply(() => organisation.RecordLeaving(leftOn.Value), errors))
        {
            return Invalid(errors);
        }
        if (db.VersionOf(organisation) != form.Version)
        {
            return await ConflictAsync(id, cancellationToken);
        }
        // A member that leaves gives up its seat first: the committee only seats members.
        var seat = await db.SeatTenures.Where(t => t.OrganisationId == id && (t.EndedOn == null || t.EndedOn > leftOn))
            .Select(t => (int?)t.Seat.Number).FirstOrDefaultAsync(cancellationToken);
        if (seat is { } number)
        {
            return Invalid(new Dictionary<string, string> { [nameof(LeavingForm.LeftOn)] = text["LeavingHoldsSeat", organisation.Name, number] });
        }
        db.Entry(organisation).ExpectVersion(form.Version);
        return await SaveAsync(db, organisation, "recorded as leaving", cancellationToken);
    }

    /// <summary>The countries the form offers, by name in the user's language.</summary>
    public static IReadOnlyList<Country> CountryChoices() => Countries.All();

    private async Task<MemberChangeResult> SaveAsync(AllianceDbContext db, Organisation organisation, string change, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved this organisation between our read and our write.
            return await ConflictAsync(organisation.Id, cancellationToken);
        }
        catch (DbUpdateException failure)
        {
            // The unique index on the normalised name: someone added or renamed one to this name at the same moment.
            if (await DuplicateOfAsync(null, organisation.NormalizedName, organisation.Id, cancellationToken) is { } duplicate)
            {
                logger.LogInformation(failure, "Organisation name {Name} was taken during the save", organisation.Name);
                return Duplicated(duplicate);
            }
            throw;
        }
        logger.LogInformation("Organisation {OrganisationId} {Change}", organisation.Id, change);
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        return new MemberChangeResult(MemberChangeOutcome.Saved, new Dictionary<string, string>(), await FindAsync(fresh, organisation.Id, cancellationToken));
    }

    private async Task<ExistingOrganisation?> DuplicateOfAsync(AllianceDbContext? db, string normalizedName, int exceptId, CancellationToken cancellationToken)
    {
        await using var own = db is null ? await dbFactory.CreateDbContextAsync(cancellationToken) : null;
        return await (db ?? own!).Organisations.AsNoTracking()
            .Where(o => o.NormalizedName == normalizedName && o.Id != exceptId)
            .Select(o => new ExistingOrganisation(o.Id, o.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record OrganisationDetails(string Name, string? Acronym, OrganisationType Type, OrganisationScope Scope, string? CountryCode, DateOnly JoinedOn);

    private (OrganisationDetails? Details, Dictionary<string, string> Errors) Parse(OrganisationForm form)
    {
        var errors = new Dictionary<string, string>();
        // Checked here as well as in the domain, so that an empty form gets every message at once.
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors[nameof(OrganisationForm.Name)] = shared["DomainError_Required", shared[LocalizerExtensions.FieldKey("Name")]];
        }
        var type = Named<OrganisationType>(form.Type);
        if (type is null)
        {
            errors[nameof(OrganisationForm.Type)] = text["ChooseType"];
        }
        var scope = Named<OrganisationScope>(form.Scope);
        if (scope is null)
        {
            errors[nameof(OrganisationForm.Scope)] = text["ChooseScope"];
        }
        var country = form.CountryCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(country))
        {
            country = null;
        }
        else if (!Countries.IsKnown(country))
        {
            errors[nameof(OrganisationForm.CountryCode)] = text["ChooseCountry"];
        }
        var joined = FormDates.Parse(form.JoinedOn, nameof(OrganisationForm.JoinedOn), errors, shared);
        return type is null || scope is null || joined is null
            ? (null, errors)
            : (new OrganisationDetails(form.Name ?? "", form.Acronym, type.Value, scope.Value, country, joined.Value), errors);
    }

    private bool Apply(Action change, Dictionary<string, string> errors) =>
        errors.TryApply(change, problem => problem.Field is { } name && FormFields.TryGetValue(name, out var input) ? input : "", shared);

    private static TEnum? Named<TEnum>(string? value) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => string.Equals(v.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    private async Task<MemberChangeResult?> RefusedAsync(AllianceDbContext db, string action, object target, CancellationToken cancellationToken)
    {
        var user = await currentUser.LoadAsync(db, cancellationToken);
        if (user?.IsStaff == true)
        {
            return null;
        }
        logger.LogWarning("Refused to {Action} {Target} for user {UserId}", action, target, user?.Id);
        return Failed(MemberChangeOutcome.Forbidden, text["ManageForbidden"]);
    }

    private async Task<MemberChangeResult> ConflictAsync(int id, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await FindAsync(fresh, id, cancellationToken);
        if (current is null)
        {
            return Failed(MemberChangeOutcome.NotFound, text["OrganisationGone"]);
        }
        logger.LogInformation("Change to organisation {OrganisationId} refused: it changed since the form was loaded", id);
        return new MemberChangeResult(MemberChangeOutcome.Conflict, new Dictionary<string, string> { [""] = text["OrganisationConflict", current.Name] }, current);
    }

    private MemberChangeResult Duplicated(ExistingOrganisation existing) =>
        new(MemberChangeOutcome.Invalid, new Dictionary<string, string> { [nameof(OrganisationForm.Name)] = text["DuplicateName", existing.Name] }, null, existing);

    private static Task<ManagedOrganisation?> FindAsync(AllianceDbContext db, int id, CancellationToken cancellationToken) =>
        db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new ManagedOrganisation(o.Id, o.Name, o.Acronym, o.Type, o.Scope, o.CountryCode, o.JoinedOn, o.LeftOn,
                EF.Property<Guid>(o, VersionColumn.PropertyName)))
            .SingleOrDefaultAsync(cancellationToken);

    private static MemberChangeResult Invalid(Dictionary<string, string> errors) => new(MemberChangeOutcome.Invalid, errors, null);

    private static MemberChangeResult Failed(MemberChangeOutcome outcome, string message) =>
        new(outcome, new Dictionary<string, string> { [""] = message }, null);
}
