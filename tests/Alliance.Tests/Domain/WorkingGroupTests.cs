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
            WorkingGroupKind.TaskForce, new LocalizedText("Mission", "Mission")));

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
        group.AddCoLead(organisation);

        group.AddCoLead(organisation);
        group.AddCoLead(NewOrganisation("Another organisation"));

        Assert.Equal(2, group.CoLeads.Count);
        Assert.Same(organisation, group.CoLeads[0].Organisation);
    }
}
