namespace Alliance.Domain.Accounts;

/// <summary>The four roles of the portal; their names are stored in the Identity tables.</summary>
public static class AllianceRoles
{
    public const string Administrator = nameof(Administrator);
    public const string Secretariat = nameof(Secretariat);
    public const string WorkingGroupLead = nameof(WorkingGroupLead);
    public const string Member = nameof(Member);

    public static IReadOnlyList<string> All { get; } = [Administrator, Secretariat, WorkingGroupLead, Member];

    /// <summary>Roles that manage the plan's structure, seats and register.</summary>
    public const string Staff = Administrator + "," + Secretariat;
}
