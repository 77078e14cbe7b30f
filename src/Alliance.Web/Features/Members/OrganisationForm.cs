using Alliance.Domain.Members;
using Alliance.Web.Features.Shared;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Members;

/// <summary>An organisation as the secretariat edits it, version included (empty for a new one).</summary>
public sealed record ManagedOrganisation(
    int Id, string Name, string? Acronym, OrganisationType Type, OrganisationScope Scope,
    string? CountryCode, DateOnly JoinedOn, DateOnly? LeftOn, Guid Version);

/// <summary>An organisation's details read from the form, ready for the domain.</summary>
public sealed record OrganisationDetails(string Name, string? Acronym, OrganisationType Type, OrganisationScope Scope, string? CountryCode, DateOnly JoinedOn);

/// <summary>
/// What the secretariat types about an organisation. Choices and dates are text (names, ISO codes,
/// yyyy-MM-dd) so that anything entered comes back unchanged with a message, never lost. Inputs are
/// named as the domain names its fields.
/// </summary>
public sealed class OrganisationForm : IChangeForm
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
        JoinedOn = PostedText.Iso(organisation.JoinedOn),
        Version = organisation.Version,
    };

    /// <summary>The details as typed, or null when a choice or the date cannot be read (each with its message).</summary>
    public OrganisationDetails? Read(FormErrors errors, IStringLocalizer<MemberStrings> text)
    {
        PostedText.Required(Name, nameof(Name), errors);
        var type = PostedText.Choice<OrganisationType>(Type, nameof(Type), errors, text["ChooseType"]);
        var scope = PostedText.Choice<OrganisationScope>(Scope, nameof(Scope), errors, text["ChooseScope"]);
        var country = CountryCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(country))
        {
            country = null;
        }
        else if (!Countries.IsKnown(country))
        {
            errors.Add(nameof(CountryCode), text["ChooseCountry"]);
        }
        var joined = PostedText.Date(JoinedOn, nameof(JoinedOn), errors);
        return type is null || scope is null || joined is null
            ? null
            : new OrganisationDetails(Name ?? "", Acronym, type.Value, scope.Value, country, joined.Value);
    }
}

/// <summary>The day an organisation left the Alliance, as typed, and the version the page was loaded with.</summary>
public sealed class LeavingForm : IChangeForm
{
    public string? LeftOn { get; set; }

    public Guid Version { get; set; }

    public static LeavingForm For(ManagedOrganisation organisation) => new()
    {
        LeftOn = organisation.LeftOn is { } left ? PostedText.Iso(left) : null,
        Version = organisation.Version,
    };
}
