namespace Alliance.Web.Features.Administration;

/// <summary>What an administrator edits about an account on /admin/users.</summary>
public sealed class UserAccountForm
{
    /// <summary>Null for a new account.</summary>
    public string? Id { get; set; }

    /// <summary>The account's Identity concurrency stamp when the form was loaded.</summary>
    public string? ConcurrencyStamp { get; set; }

    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";

    /// <summary>Required for a new account; for an existing one, a new password to set, or empty.</summary>
    public string? Password { get; set; }

    public HashSet<string> Roles { get; set; } = [];
    public HashSet<int> LedGroupIds { get; set; } = [];
}
