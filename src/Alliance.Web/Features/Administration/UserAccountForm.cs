using System.Net.Mail;
using Alliance.Web.Features.Shared;

namespace Alliance.Web.Features.Administration;

/// <summary>What an administrator edits about an account on /admin/users; never its password, which the person chooses.</summary>
public sealed class UserAccountForm : IChangeForm
{
    /// <summary>Null for a new account.</summary>
    public string? Id { get; set; }

    /// <summary>The account's Identity concurrency stamp when the form was loaded.</summary>
    public string? ConcurrencyStamp { get; set; }

    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";

    public HashSet<string> Roles { get; set; } = [];
    public HashSet<int> LedGroupIds { get; set; } = [];

    public static UserAccountForm For(UserRow user) => new()
    {
        Id = user.Id,
        ConcurrencyStamp = user.ConcurrencyStamp,
        Email = user.Email,
        DisplayName = user.DisplayName,
        Roles = user.Roles.ToHashSet(),
        LedGroupIds = user.LedGroupIds.ToHashSet(),
    };

    /// <summary>The e-mail address as typed, or null (with its message) when it is not one.</summary>
    public string? ReadEmail(FormErrors errors)
    {
        var email = Email.Trim();
        if (email.Length > 0 && MailAddress.TryCreate(email, out _))
        {
            return email;
        }
        errors.AddShared(nameof(Email), "AdminEmailInvalid");
        return null;
    }
}
