using Microsoft.AspNetCore.Identity;

namespace Alliance.Data.Identity;

public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = Alliance.Domain.Accounts.AccountRules.DisplayNameMaxLength;

    /// <summary>How the portal names the person in histories and lists (never the e-mail alone).</summary>
    public string DisplayName { get; set; } = "";
}
