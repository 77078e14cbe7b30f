namespace Alliance.Domain.Accounts;

/// <summary>
/// The rules on an account an administrator sets up: who it is, its roles and the groups a lead
/// leads, and what an administrator may not do to their own account.
/// </summary>
public static class AccountRules
{
    public const int DisplayNameMaxLength = 200;

    /// <summary>Every rule the account breaks, each naming its field, so a form can show them all at once.</summary>
    public static IReadOnlyList<DomainException> ProblemsWith(string? displayName, IReadOnlySet<string> roles, IReadOnlySet<int> ledGroupIds)
    {
        var problems = new List<DomainException>();
        try
        {
            Guard.Required(displayName, "DisplayName", DisplayNameMaxLength);
        }
        catch (DomainException problem)
        {
            problems.Add(problem);
        }
        if (roles.Count == 0 || roles.Any(r => !AllianceRoles.All.Contains(r)))
        {
            problems.Add(new DomainException("AccountNeedsRole", "Choose at least one role.") { Field = "Roles" });
        }
        else if (roles.Contains(AllianceRoles.WorkingGroupLead) && ledGroupIds.Count == 0)
        {
            problems.Add(new DomainException("LeadNeedsGroup", "A working-group lead must lead at least one group.") { Field = "LedGroupIds" });
        }
        return problems;
    }

    /// <summary>An administrator cannot take away their own administration: someone must remain able to manage accounts.</summary>
    public static void EnsureKeepsAdministration(PortalUser caller, string accountId, IReadOnlySet<string> roles)
    {
        if (caller.Id == accountId && !roles.Contains(AllianceRoles.Administrator))
        {
            throw new DomainException("CannotDemoteSelf", "You cannot remove your own Administrator role.") { Field = "Roles" };
        }
    }

    public static void EnsureNotSelf(PortalUser caller, string accountId)
    {
        if (caller.Id == accountId)
        {
            throw new DomainException("CannotLockSelf", "You cannot lock your own account.");
        }
    }
}
