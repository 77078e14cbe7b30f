using System.Globalization;

namespace Alliance.Web.Features.Members;

/// <summary>An organisation as the secretariat edits it, version included (empty for a new one).</summary>
public sealed record ManagedOrganisation(
    int Id, string Name, string? Acronym, Domain.Members.OrganisationType Type, Domain.Members.OrganisationScope Scope,
    string? CountryCode, DateOnly JoinedOn, DateOnly? LeftOn, Guid Version);

/// <summary>
/// What the secretariat types about an organisation. Choices and dates are text (names, ISO codes,
/// yyyy-MM-dd) so that anything entered comes back unchanged with a message, never lost.
/// </summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }
    public string? Acronym { get; set; }
    public string? Type { get; set; }
    public string? Scope { get; set; }
    public string? CountryCode { get; set; }
    public string? JoinedOn { get; set; }

    /// <summary>The organisation's version when the form was loaded: a later save by someone else is a conflict.</summary>
    public Guid Version { get; set; }

    public static OrganisationForm For(ManagedOrganisation organisation) => new()
    {
        Name = organisation.Name,
        Acronym = organisation.Acronym,
        Type = organisation.Type.ToString(),
        Scope = organisation.Scope.ToString(),
        CountryCode = organisation.CountryCode,
        JoinedOn = Iso(organisation.JoinedOn),
        Version = organisation.Version,
    };

    /// <summary>The format of an HTML date input, whatever the user's language.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The day an organisation left the Alliance, as typed, and the version the page was loaded with.</summary>
public sealed class LeavingForm
{
    public string? LeftOn { get; set; }

    public Guid Version { get; set; }

    public static LeavingForm For(ManagedOrganisation organisation) => new()
    {
        LeftOn = organisation.LeftOn is { } left ? OrganisationForm.Iso(left) : null,
        Version = organisation.Version,
    };
}
