using System.Text;
using Alliance.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Alliance.Web.Components.Account.Links;

/// <summary>
/// The single-use codes of the links the portal mails: an invitation (the account has no password
/// yet) and a password reset. Both are bound to the security stamp, which a new password renews.
/// Codes travel base64url-encoded in the link's query.
/// </summary>
public static class AccountTokens
{
    public const string InvitationPurpose = "AcceptInvitation";

    public static async Task<string> InvitationCodeAsync(this UserManager<ApplicationUser> users, ApplicationUser user) =>
        Encode(await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationPurpose));

    /// <summary>The invitation is still open: no password chosen yet, and the code is the latest one and not expired.</summary>
    public static async Task<bool> IsInvitationOpenAsync(this UserManager<ApplicationUser> users, ApplicationUser user, string? code) =>
        !await users.HasPasswordAsync(user)
        && Decode(code) is { } token
        && await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationPurpose, token);

    public static async Task<string> PasswordResetCodeAsync(this UserManager<ApplicationUser> users, ApplicationUser user) =>
        Encode(await users.GeneratePasswordResetTokenAsync(user));

    public static async Task<bool> IsPasswordResetOpenAsync(this UserManager<ApplicationUser> users, ApplicationUser user, string? code) =>
        Decode(code) is { } token
        && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token);

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 2_000)
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
