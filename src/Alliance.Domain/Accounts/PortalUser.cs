namespace Alliance.Domain.Accounts;

/// <summary>
/// A signed-in person as the database knows them: roles and the groups they lead. What they may
/// do is decided here, once, from that data — never from what a browser sent.
/// </summary>
public sealed record PortalUser(string Id, string DisplayName, IReadOnlySet<string> Roles, IReadOnlySet<int> LedGroupIds)
{
    public bool IsAdministrator => Roles.Contains(AllianceRoles.Administrator);

    public bool IsStaff => Roles.Contains(AllianceRoles.Administrator) || Roles.Contains(AllianceRoles.Secretariat);

    /// <summary>Secretariat and administrators update any group's progress; a lead only their own groups'.</summary>
    public bool CanUpdateProgressOf(int workingGroupId) =>
        IsStaff || (Roles.Contains(AllianceRoles.WorkingGroupLead) && LedGroupIds.Contains(workingGroupId));

    /// <summary>Adding, editing and archiving activities is the secretariat's (and administrators') work.</summary>
    public bool CanManageWorkplans => IsStaff;
}
