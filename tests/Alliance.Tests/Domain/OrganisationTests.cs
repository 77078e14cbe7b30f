using Alliance.Domain;
using Alliance.Domain.Members;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

public class OrganisationTests
{
    private static readonly Dictionary<OrganisationScope, (bool LocalOrNational, bool LocalNationalOrRegional)> ExpectedGroupings = new()
    {
        [OrganisationScope.Global] = (false, false),
        [OrganisationScope.Regional] = (false, true),
        [OrganisationScope.National] = (true, true),
        [OrganisationScope.Local] = (true, true),
    };

    public static TheoryData<OrganisationScope> AllScopes() => new(Enum.GetValues<OrganisationScope>());

    [Fact]
    public void Constructor_WithValidValues_StoresTrimmedValues()
    {
        var organisation = new Organisation("  Save the Children  ", " SCI ", OrganisationType.InternationalNgo,
            OrganisationScope.Global, null, new DateOnly(2016, 11, 15));

        Assert.Equal("Save the Children", organisation.Name);
        Assert.Equal("SCI", organisation.Acronym);
        Assert.Equal(OrganisationType.InternationalNgo, organisation.Type);
        Assert.Equal(OrganisationScope.Global, organisation.Scope);
        Assert.Null(organisation.CountryCode);
        Assert.Equal(new DateOnly(2016, 11, 15), organisation.JoinedOn);
        Assert.Null(organisation.LeftOn);
        Assert.Equal("Save the Children (SCI)", organisation.DisplayName);
    }

    [Fact]
    public void DisplayName_WithoutAcronym_IsTheName()
    {
        var organisation = new Organisation("War Child", "  ", OrganisationType.InternationalNgo, OrganisationScope.Global, null, new DateOnly(2017, 1, 1));

        Assert.Null(organisation.Acronym);
        Assert.Equal("War Child", organisation.DisplayName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_WithoutName_Throws(string? name)
    {
        var error = Assert.Throws<DomainException>(() =>
            new Organisation(name!, null, OrganisationType.NationalNgo, OrganisationScope.National, "KE", new DateOnly(2017, 1, 1)));

        Assert.Equal("Required", error.Code);
    }

    [Fact]
    public void Constructor_WithTooLongAcronym_Throws()
    {
        var error = Assert.Throws<DomainException>(() => new Organisation("Name", new string('A', Organisation.AcronymMaxLength + 1),
            OrganisationType.NationalNgo, OrganisationScope.National, "KE", new DateOnly(2017, 1, 1)));

        Assert.Equal("TooLong", error.Code);
    }

    [Fact]
    public void Constructor_WithUnknownType_Throws()
    {
        var error = Assert.Throws<DomainException>(() =>
            new Organisation("Name", null, (OrganisationType)12, OrganisationScope.National, "KE", new DateOnly(2017, 1, 1)));

        Assert.Equal("UnknownOrganisationType", error.Code);
    }

    [Theory]
    [InlineData("KE", "KE")]
    [InlineData("fr", "FR")]
    [InlineData(" sn ", "SN")]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void Constructor_WithTwoLetterOrNoCountryCode_StoresItUpperCase(string? given, string? stored)
    {
        var organisation = new Organisation("Name", null, OrganisationType.NationalNgo, OrganisationScope.National, given, new DateOnly(2017, 1, 1));

        Assert.Equal(stored, organisation.CountryCode);
    }

    [Theory]
    [InlineData("K")]
    [InlineData("KEN")]
    [InlineData("K1")]
    [InlineData("12")]
    [InlineData("K-")]
    [InlineData("ÉS")]
    [InlineData("K E")]
    public void Constructor_WithInvalidCountryCode_Throws(string countryCode)
    {
        var error = Assert.Throws<DomainException>(() =>
            new Organisation("Name", null, OrganisationType.NationalNgo, OrganisationScope.National, countryCode, new DateOnly(2017, 1, 1)));

        Assert.Equal("InvalidCountryCode", error.Code);
    }

    [Fact]
    public void Update_WithInvalidCountryCode_LeavesOrganisationUnchanged()
    {
        var organisation = NewOrganisation("Kenya Alliance for Children", OrganisationScope.National);

        var error = Assert.Throws<DomainException>(() => organisation.Update("Renamed", "REN", OrganisationType.Foundation,
            OrganisationScope.Local, "KEN", new DateOnly(2018, 1, 1)));

        Assert.Equal("InvalidCountryCode", error.Code);
        Assert.Equal("Kenya Alliance for Children", organisation.Name);
        Assert.Null(organisation.Acronym);
        Assert.Equal(OrganisationType.NationalNgo, organisation.Type);
        Assert.Equal(OrganisationScope.National, organisation.Scope);
        Assert.Equal("KE", organisation.CountryCode);
        Assert.Equal(new DateOnly(2017, 2, 1), organisation.JoinedOn);
    }

    [Fact]
    public void Update_WithValidValues_ReplacesThem()
    {
        var organisation = NewOrganisation();

        organisation.Update("Uganda Child Rights NGO Network", "UCRNN", OrganisationType.NationalNgo, OrganisationScope.Local, "ug", new DateOnly(2018, 4, 1));

        Assert.Equal("Uganda Child Rights NGO Network", organisation.Name);
        Assert.Equal("UCRNN", organisation.Acronym);
        Assert.Equal(OrganisationScope.Local, organisation.Scope);
        Assert.Equal("UG", organisation.CountryCode);
        Assert.Equal(new DateOnly(2018, 4, 1), organisation.JoinedOn);
    }

    [Fact]
    public void ScopeExpectations_CoverEveryScope()
    {
        // Guards the two theories below: a new scope must be placed in the plan's groupings on purpose.
        Assert.Equal(Enum.GetValues<OrganisationScope>().Order(), ExpectedGroupings.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(AllScopes))]
    public void IsLocalOrNational_IsTrueForLocalAndNationalOnly(OrganisationScope scope)
    {
        var organisation = NewOrganisation(scope: scope);

        Assert.Equal(ExpectedGroupings[scope].LocalOrNational, organisation.IsLocalOrNational);
        Assert.Equal(ExpectedGroupings[scope].LocalOrNational, OrganisationScopes.LocalOrNational.Contains(scope));
    }

    [Theory]
    [MemberData(nameof(AllScopes))]
    public void IsLocalNationalOrRegional_IsTrueForAllButGlobal(OrganisationScope scope)
    {
        var organisation = NewOrganisation(scope: scope);

        Assert.Equal(ExpectedGroupings[scope].LocalNationalOrRegional, organisation.IsLocalNationalOrRegional);
        Assert.Equal(ExpectedGroupings[scope].LocalNationalOrRegional, OrganisationScopes.LocalNationalOrRegional.Contains(scope));
    }

    [Theory]
    [InlineData("2016-10-31", false)]
    [InlineData("2016-11-01", true)]
    [InlineData("2016-11-02", true)]
    [InlineData("2010-01-01", false)]
    [InlineData("2019-05-01", true)]
    public void IsNewMember_IsTrueFromTheMembershipLaunch(string joinedOn, bool isNew)
    {
        var organisation = NewOrganisation(joinedOn: DateOnly.Parse(joinedOn, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(isNew, organisation.IsNewMember);
    }

    [Fact]
    public void MembershipLaunch_IsTheFirstOfNovember2016()
    {
        Assert.Equal(new DateOnly(2016, 11, 1), Membership.LaunchedOn);
    }

    [Theory]
    [InlineData("2017-01-31", false)]
    [InlineData("2017-02-01", true)]
    [InlineData("2030-01-01", true)]
    public void IsMemberOn_WithoutLeaving_IsTrueFromTheJoiningDay(string date, bool member)
    {
        var organisation = NewOrganisation(joinedOn: new DateOnly(2017, 2, 1));

        Assert.Equal(member, organisation.IsMemberOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2017-01-31", false)]
    [InlineData("2017-02-01", true)]
    [InlineData("2019-06-29", true)]
    [InlineData("2019-06-30", false)]
    [InlineData("2020-01-01", false)]
    public void IsMemberOn_AfterLeaving_IsFalseFromTheLeavingDay(string date, bool member)
    {
        var organisation = NewOrganisation(joinedOn: new DateOnly(2017, 2, 1));
        organisation.RecordLeaving(new DateOnly(2019, 6, 30));

        Assert.Equal(member, organisation.IsMemberOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void RecordLeaving_BeforeJoining_Throws()
    {
        var organisation = NewOrganisation(joinedOn: new DateOnly(2017, 2, 1));

        var error = Assert.Throws<DomainException>(() => organisation.RecordLeaving(new DateOnly(2017, 1, 31)));

        Assert.Equal("DatesOutOfOrder", error.Code);
        Assert.Null(organisation.LeftOn);
    }

    [Fact]
    public void RecordLeaving_OnOrAfterJoining_RecordsTheDate()
    {
        var organisation = NewOrganisation(joinedOn: new DateOnly(2017, 2, 1));

        organisation.RecordLeaving(new DateOnly(2017, 2, 1));

        Assert.Equal(new DateOnly(2017, 2, 1), organisation.LeftOn);
    }

    [Fact]
    public void Update_MovingJoiningAfterLeaving_Throws()
    {
        var organisation = NewOrganisation(joinedOn: new DateOnly(2017, 2, 1));
        organisation.RecordLeaving(new DateOnly(2019, 6, 30));

        var error = Assert.Throws<DomainException>(() => organisation.Update("Renamed", null, OrganisationType.NationalNgo,
            OrganisationScope.National, "KE", new DateOnly(2019, 7, 1)));

        Assert.Equal("DatesOutOfOrder", error.Code);
        Assert.Equal(new DateOnly(2017, 2, 1), organisation.JoinedOn);
        Assert.Equal("Kenya Alliance for Children", organisation.Name);
    }
}
