namespace Alliance.Domain.Members;

/// <summary>A member organisation of the Alliance (or a former one, once it has left).</summary>
public class Organisation
{
    public const int NameMaxLength = 200;
    public const int AcronymMaxLength = 30;

    private Organisation()
    {
        Name = "";
    }

    public Organisation(string name, string? acronym, OrganisationType type, OrganisationScope scope, string? countryCode, DateOnly joinedOn)
    {
        Name = "";
        Update(name, acronym, type, scope, countryCode, joinedOn);
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>The name as compared for duplicates: trimmed, single-spaced, upper case. Unique in the register.</summary>
    public string NormalizedName { get; private set; } = "";
    public string? Acronym { get; private set; }
    public OrganisationType Type { get; private set; }
    public OrganisationScope Scope { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code; none for a global organisation without a home country.</summary>
    public string? CountryCode { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }

    public bool IsLocalOrNational => OrganisationScopes.LocalOrNational.Contains(Scope);
    public bool IsLocalNationalOrRegional => OrganisationScopes.LocalNationalOrRegional.Contains(Scope);
    public bool IsNewMember => JoinedOn >= Membership.LaunchedOn;

    public bool IsMemberOn(DateOnly date) => JoinedOn <= date && (LeftOn is null || LeftOn > date);

    public string DisplayName => Acronym is null ? Name : $"{Name} ({Acronym})";

    public void Update(string name, string? acronym, OrganisationType type, OrganisationScope scope, string? countryCode, DateOnly joinedOn)
    {
        if (!Enum.IsDefined(type))
        {
            throw new DomainException("UnknownOrganisationType", "The organisation type is not one of the IATI codes.") { Field = nameof(Type) };
        }
        if (!Enum.IsDefined(scope))
        {
            throw new DomainException("UnknownScope", "Choose a scope: global, regional, national or local.") { Field = nameof(Scope) };
        }
        if (LeftOn is { } left && left < joinedOn)
        {
            throw new DomainException("DatesOutOfOrder", "{1} must not be before {0}.", new FieldName(nameof(JoinedOn)), new FieldName(nameof(LeftOn))) { Field = nameof(JoinedOn) };
        }
        // Check everything before changing anything, so that a refused update leaves the organisation as it was.
        var checkedName = Guard.Required(name, nameof(Name), NameMaxLength);
        var checkedAcronym = Guard.Optional(acronym, nameof(Acronym), AcronymMaxLength);
        var checkedCountryCode = NormalizeCountryCode(countryCode);
        Name = checkedName;
        NormalizedName = NormalizeName(checkedName);
        Acronym = checkedAcronym;
        Type = type;
        Scope = scope;
        CountryCode = checkedCountryCode;
        JoinedOn = joinedOn;
    }

    public void RecordLeaving(DateOnly leftOn)
    {
        Guard.DatesInOrder(JoinedOn, leftOn, nameof(JoinedOn), nameof(LeftOn));
        LeftOn = leftOn;
    }

    /// <summary>
    /// How two names are compared: "  Save the  children " and "SAVE THE CHILDREN" are the same
    /// organisation, and so is "Save the\u200B Children" (invisible characters are no part of a name).
    /// </summary>
    public static string NormalizeName(string name) =>
        string.Join(' ', PlainText.WithoutJoiners(PlainText.SingleLine(name)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string? NormalizeCountryCode(string? countryCode)
    {
        var code = countryCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException("InvalidCountryCode", "The country must be given as a two-letter ISO 3166 code.") { Field = nameof(CountryCode) };
        }
        return code;
    }
}
