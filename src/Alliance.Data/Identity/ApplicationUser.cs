using Microsoft.AspNetCore.Identity;

namespace Alliance.Data.Identity;

public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 200;

    /// <summary>How the portal names the person in histories and lists (never the e-mail alone).</summary>
    public string DisplayName { get; set; } = "";
}
