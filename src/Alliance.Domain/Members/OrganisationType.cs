namespace Alliance.Domain.Members;

/// <summary>IATI OrganisationType codelist; the numbers are the IATI codes.</summary>
public enum OrganisationType
{
    Government = 10,
    LocalGovernment = 11,
    InternationalNgo = 21,
    NationalNgo = 22,
    RegionalNgo = 23,
    PartnerCountryBasedNgo = 24,
    Multilateral = 40,
    Foundation = 60,
    PrivateSector = 70,
    Academic = 80,
    Other = 90,
}
