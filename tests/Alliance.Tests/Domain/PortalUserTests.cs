using Alliance.Domain.Accounts;

namespace Alliance.Tests.Domain;

public sealed class PortalUserTests
{
    private const int OwnGroup = 1;
    private const int OtherGroup = 2;

    [Theory]
    [InlineData(AllianceRoles.Administrator, true, true, true)]
    [InlineData(AllianceRoles.Secretariat, true, true, true)]
    [InlineData(AllianceRoles.WorkingGroupLead, true, false, false)]
    [InlineData(AllianceRoles.Member, false, false, false)]
    public void Permissions_ByRole_ForOwnAndOtherGroup(string role, bool ownGroup, bool otherGroup, bool manage)
    {
        var user = new PortalUser("u1", "Someone", new HashSet<string> { role }, new HashSet<int> { OwnGroup });

        Assert.Equal(ownGroup, user.CanUpdateProgressOf(OwnGroup));
        Assert.Equal(otherGroup, user.CanUpdateProgressOf(OtherGroup));
        Assert.Equal(manage, user.CanManageWorkplans);
    }

    [Fact]
    public void LeadOfAGroup_WhoLostTheLeadRole_CanNoLongerUpdateIt()
    {
        var user = new PortalUser("u1", "Former lead", new HashSet<string> { AllianceRoles.Member }, new HashSet<int> { OwnGroup });

        Assert.False(user.CanUpdateProgressOf(OwnGroup));
    }
}
