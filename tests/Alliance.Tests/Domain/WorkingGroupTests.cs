using Alliance.Domain;
using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

public class WorkingGroupTests
{
    [Theory]
    [InlineData("cpms", "cpms")]
    [InlineData("CPMS", "cpms")]
    [InlineData(" case-management-2 ", "case-management-2")]
    [InlineData("2018", "2018")]
    public void Constructor_WithLettersDigitsAndHyphens_StoresLowerCaseSlug(string slug, string stored)
    {
        var group = NewGroup(slug);

        Assert.Equal(stored, group.Slug);
    }

    [Theory]
    [InlineData("case management")]
    [InlineData("cpms/admin")]
    [InlineData("cpms_wg")]
    [InlineData("cpms.wg")]
    [InlineData("enfance-sécurité")]
    [InlineData("cpms?x=1")]
    public void Constructor_WithOtherCharactersInSlug_Throws(string slug)
    {
        var error = Assert.Throws<DomainException>(() => NewGroup(slug));

        Assert.Equal("InvalidSlug", error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_WithoutSlug_Throws(string slug)
    {
        var error = Assert.Throws<DomainException>(() => NewGroup(slug));

        Assert.Equal("Required", error.Code);
    }

    [Fact]
    public void Constructor_WithTooLongSlug_Throws()
    {
        var error = Assert.Throws<DomainException>(() => NewGroup(new string('a', WorkingGroup.SlugMaxLength + 1)));

        Assert.Equal("TooLong", error.Code);
    }

    [Fact]
    public void Constructor_WithoutShortName_Throws()
    {
        var error = Assert.Throws<DomainException>(() => new WorkingGroup(new LocalizedText("Name", "Nom"), " ", "cpms",
            TaskForceKind, new LocalizedText("Mission", "Mission")));

        Assert.Equal("Required", error.Code);
    }

    [Fact]
    public void AddLead_MakesTheGroupLedByThatUserOnly()
    {
        var group = NewGroup();

        group.AddLead("user-1");

        Assert.True(group.IsLedBy("user-1"));
        Assert.False(group.IsLedBy("user-2"));
        Assert.Equal("user-1", Assert.Single(group.Leads).UserId);
        Assert.Same(group, group.Leads[0].WorkingGroup);
    }

    [Fact]
    public void AddLead_Twice_KeepsOneLead()
    {
        var group = NewGroup();
        group.AddLead("user-1");

        group.AddLead("user-1");
        group.AddLead(" user-1 ");

        Assert.Single(group.Leads);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void AddLead_WithoutUser_Throws(string? userId)
    {
        var group = NewGroup();

        var error = Assert.Throws<DomainException>(() => group.AddLead(userId!));

        Assert.Equal("Required", error.Code);
        Assert.Empty(group.Leads);
    }

    [Fact]
    public void RemoveLead_RemovesOnlyThatUser()
    {
        var group = NewGroup();
        group.AddLead("user-1");
        group.AddLead("user-2");

        group.RemoveLead("user-1");

        Assert.False(group.IsLedBy("user-1"));
        Assert.True(group.IsLedBy("user-2"));
        Assert.Single(group.Leads);
    }

    [Fact]
    public void RemoveLead_OfAUserWhoIsNotALead_ChangesNothing()
    {
        var group = NewGroup();
        group.AddLead("user-1");

        group.RemoveLead("user-9");

        Assert.True(group.IsLedBy("user-1"));
        Assert.Single(group.Leads);
    }

    [Fact]
    public void IsLedBy_WithNoLeads_IsFalse()
    {
        Assert.False(NewGroup().IsLedBy("user-1"));
    }

    [Fact]
    public void AddCoLead_SameOrganisationTwice_KeepsOneCoLead()
    {
        var group = NewGroup();
        var organisation = NewOrganisation();
        group.AddCoLead(organisation, new DateOnly(2018, 1, 1));

        group.AddCoLead(organisation, new DateOnly(2019, 1, 1));
        group.AddCoLead(NewOrganisation("Another organisation"), new DateOnly(2018, 1, 1));

        Assert.Equal(2, group.CoLeads.Count);
        Assert.Same(organisation, group.CoLeads[0].Organisation);
        Assert.Equal(new DateOnly(2018, 1, 1), group.CoLeads[0].Since);
    }

    [Fact]
    public void CoLeadsRotate_AFormerCoLeadIsKept_AndEachDayHasItsOwnCoLeads()
    {
        var group = NewGroup();
        var international = NewOrganisation("International NGO");
        var national = NewOrganisation("National NGO");
        group.AddCoLead(international, new DateOnly(2016, 9, 1));

        group.EndCoLead(international, new DateOnly(2019, 1, 1));
        group.AddCoLead(national, new DateOnly(2019, 1, 1));

        Assert.Equal([international], group.CoLeadsOn(new DateOnly(2018, 12, 31)).Select(c => c.Organisation));
        // The handover day is the new co-lead's first day and no longer the former's.
        Assert.Equal([national], group.CoLeadsOn(new DateOnly(2019, 1, 1)).Select(c => c.Organisation));
        Assert.Empty(group.CoLeadsOn(new DateOnly(2016, 8, 31)));
        Assert.Equal(2, group.CoLeads.Count);
    }

    [Fact]
    public void AFormerCoLead_MayCoLeadAgain_InATermOfItsOwn()
    {
        var group = NewGroup();
        var organisation = NewOrganisation();
        group.AddCoLead(organisation, new DateOnly(2016, 1, 1));
        group.EndCoLead(organisation, new DateOnly(2019, 1, 1));

        group.AddCoLead(organisation, new DateOnly(2022, 1, 1));

        Assert.Equal([false, true], group.CoLeads.Select(c => c.IsOpen));
        Assert.Empty(group.CoLeadsOn(new DateOnly(2020, 6, 1)));
    }

    [Theory]
    [InlineData("2018-01-01")]
    [InlineData("2017-12-31")]
    public void EndingACoLead_OnOrBeforeItsFirstDay_Throws(string day)
    {
        var group = NewGroup();
        var organisation = NewOrganisation();
        group.AddCoLead(organisation, new DateOnly(2018, 1, 1));

        var error = Assert.Throws<Alliance.Domain.DomainException>(() => group.EndCoLead(organisation, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("EndAfterStart", error.Code);
        Assert.True(group.CoLeads[0].IsOpen);
    }

    [Fact]
    public void EndingTheTermOfAnOrganisationThatDoesNotCoLead_Throws()
    {
        var error = Assert.Throws<Alliance.Domain.DomainException>(() => NewGroup().EndCoLead(NewOrganisation(), new DateOnly(2019, 1, 1)));

        Assert.Equal("NotACoLead", error.Code);
    }

    [Fact]
    public void AHandover_EndsOneTermAndBeginsTheNextOnTheSameDay_SoTheGroupIsCoLedEveryDay()
    {
        var group = NewGroup();
        var outgoing = NewOrganisation("Global NGO", Alliance.Domain.Members.OrganisationScope.Global, new DateOnly(2015, 1, 1));
        var incoming = NewOrganisation("National NGO", Alliance.Domain.Members.OrganisationScope.National, new DateOnly(2017, 1, 1));
        group.AddCoLead(outgoing, new DateOnly(2017, 1, 1));
        var day = new DateOnly(2020, 1, 1);

        group.HandOverCoLead(outgoing, incoming, day, today: day);

        Assert.Equal([outgoing], group.CoLeadsOn(day.AddDays(-1)).Select(c => c.Organisation));
        Assert.Equal([incoming], group.CoLeadsOn(day).Select(c => c.Organisation));
    }

    [Theory]
    [InlineData("2020-06-02", "HandoverInFuture")]
    [InlineData("2017-01-01", "EndAfterStart")]
    [InlineData("2016-12-31", "CoLeadNotMember")]
    public void AHandover_InTheFuture_OnTheTermsFirstDay_OrToANonMember_IsRefused_AndNothingChanges(string on, string code)
    {
        var group = NewGroup();
        var outgoing = NewOrganisation("Global NGO", Alliance.Domain.Members.OrganisationScope.Global, new DateOnly(2015, 1, 1));
        var incoming = NewOrganisation("National NGO", Alliance.Domain.Members.OrganisationScope.National, new DateOnly(2017, 1, 1));
        group.AddCoLead(outgoing, new DateOnly(2017, 1, 1));

        var error = Assert.Throws<Alliance.Domain.DomainException>(() =>
            group.HandOverCoLead(outgoing, incoming, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), today: new DateOnly(2020, 6, 1)));

        Assert.Equal(code, error.Code);
        Assert.Equal([outgoing], group.CoLeads.Where(c => c.IsOpen).Select(c => c.Organisation));
        Assert.Single(group.CoLeads);
    }

    [Fact]
    public void AHandover_ToAnOrganisationThatAlreadyCoLeads_IsRefused()
    {
        var group = NewGroup();
        var first = NewOrganisation("First", Alliance.Domain.Members.OrganisationScope.Global, new DateOnly(2015, 1, 1));
        var second = NewOrganisation("Second", Alliance.Domain.Members.OrganisationScope.National, new DateOnly(2015, 1, 1));
        group.AddCoLead(first, new DateOnly(2017, 1, 1));
        group.AddCoLead(second, new DateOnly(2017, 1, 1));

        Assert.Equal("AlreadyCoLead", Assert.Throws<Alliance.Domain.DomainException>(() => group.HandOverCoLead(first, second, new DateOnly(2019, 1, 1), new DateOnly(2020, 1, 1))).Code);
        Assert.Equal("NotACoLead", Assert.Throws<Alliance.Domain.DomainException>(() =>
            group.HandOverCoLead(NewOrganisation("Other"), second, new DateOnly(2019, 1, 1), new DateOnly(2020, 1, 1))).Code);
    }
}
