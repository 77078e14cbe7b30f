namespace Alliance.Domain.Accounts;

/// <summary>
/// The rules on an account an administrator sets up: who it is, its roles and the groups a lead
/// leads, and what an administrator may not do to their own account.
/// </summary>
public static class AccountRules
{
    public const int DisplayNameMaxLength = 200;

    /// <summary>
    /// Words a display name may not contain (whole words, whatever their case, accents or width),
    /// each with why: the portal shows a person's display name as who did something (progress
    /// history, the audit trail, e-mail), so a name must not read as a role or one of the Alliance's
    /// bodies speaking. A person's name is hardly ever one of these words.
    /// </summary>
    public static readonly IReadOnlyList<ReservedName> ReservedNames =
    [
        new("administrator", "the Administrator role"),
        new("administrateur", "the Administrator role, in French"),
        new("administratrice", "the Administrator role, in French"),
        new("admin", "the usual short name of the Administrator role"),
        new("secretariat", "the Secretariat role and the Alliance's secretariat (secrétariat too: accents are ignored)"),
        new("steering committee", "the Alliance's steering committee"),
        new("comité directeur", "the steering committee, in French"),
        new("comité de pilotage", "the steering committee, as it is also called in French"),
        new("system", "the name the audit trail gives the portal acting by itself"),
        new("système", "the same, in French"),
        new("portal", "the portal itself, as its messages speak"),
        new("portail", "the portal, in French"),
    ];

    /// <summary>
    /// The display name as kept: one line of plain text (<see cref="PlainText.SingleLine"/>), required,
    /// at most <see cref="DisplayNameMaxLength"/> characters and, when it is chosen or changed (differs
    /// from <paramref name="storedDisplayName"/>), free of every <see cref="ReservedNames"/> word. A name
    /// stored before this rule (or the first administrator's, which the portal names) is judged when
    /// someone changes it, not each time the account is saved for another reason.
    /// </summary>
    public static string DisplayName(string? displayName, string? storedDisplayName = null)
    {
        var name = Guard.Required(displayName, "DisplayName", DisplayNameMaxLength);
        if (storedDisplayName is not null && name == PlainText.SingleLine(storedDisplayName))
        {
            return name;
        }
        if (ReservedNameIn(name) is { } reserved)
        {
            throw new DomainException("ReservedDisplayName",
                "A display name cannot contain \"{0}\": it is a person's own name, not the name of a role or of a body of the Alliance.",
                reserved.Words) { Field = "DisplayName" };
        }
        return name;
    }

    /// <summary>The first reserved word or phrase <paramref name="name"/> contains as whole words, if any.</summary>
    public static ReservedName? ReservedNameIn(string name)
    {
        var words = Words(name);
        return ReservedNames.FirstOrDefault(reserved =>
        {
            var phrase = Words(reserved.Words);
            return Enumerable.Range(0, Math.Max(0, words.Count - phrase.Count + 1))
                .Any(start => words.Skip(start).Take(phrase.Count).SequenceEqual(phrase));
        });
    }

    /// <summary>
    /// The words of a text as compared: compatibility forms folded (full-width and mathematical
    /// letters are letters), accents and joiners dropped, lower case; anything that is not a letter or
    /// a digit separates words, so "Steering-Committee" and "SECRÉTARIAT" are found.
    /// </summary>
    private static List<string> Words(string text)
    {
        var folded = new System.Text.StringBuilder();
        foreach (var c in PlainText.WithoutJoiners(PlainText.SingleLine(text)).Normalize(System.Text.NormalizationForm.FormKD))
        {
            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return [.. folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Every rule the account breaks, each naming its field, so a form can show them all at once.</summary>
    public static IReadOnlyList<DomainException> ProblemsWith(string? displayName, IReadOnlySet<string> roles, IReadOnlySet<int> ledGroupIds,
        string? storedDisplayName = null)
    {
        var problems = new List<DomainException>();
        try
        {
            DisplayName(displayName, storedDisplayName);
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

/// <summary>A word or phrase a display name may not contain, and what it would pass itself off as.</summary>
public sealed record ReservedName(string Words, string StandsFor);
