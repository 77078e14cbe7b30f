using System.Globalization;
using Alliance.Data.Identity;
using Alliance.Web.Features.Mail;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Components.Account.Links;

/// <summary>
/// The messages that carry an account's links: an invitation to choose a first password, and a
/// password reset. Written in the language of the page that asks for them (the account keeps none).
/// </summary>
public sealed class AccountMail(PortalLinks links, IStringLocalizer<AccountStrings> text, IOptions<AccountLinkOptions> lifetimes, TimeProvider clock)
{
    public const string InvitationPath = "Account/AcceptInvitation";
    public const string PasswordResetPath = "Account/ResetPassword";

    public PortalMessage Invitation(ApplicationUser user, string code, CultureInfo culture) => InCulture(culture, () => new PortalMessage(
        user.Email!, user.DisplayName, text["MailInvitationSubject"],
        [text["MailGreeting", user.DisplayName], text["MailInvitationBody", user.Email!]],
        new MailLink(text["MailInvitationLink"], LinkTo(InvitationPath, user, code)))
    {
        After = [text["MailInvitationExpiry", Until(lifetimes.Value.InvitationLifetime, culture)], text["MailNotExpected"]],
        Kind = "invitation",
    });

    public PortalMessage PasswordReset(ApplicationUser user, string code, CultureInfo culture) => InCulture(culture, () => new PortalMessage(
        user.Email!, user.DisplayName, text["MailResetSubject"],
        [text["MailGreeting", user.DisplayName], text["MailResetBody", user.Email!]],
        new MailLink(text["MailResetLink"], LinkTo(PasswordResetPath, user, code)))
    {
        After = [text["MailResetExpiry", Until(lifetimes.Value.PasswordResetLifetime, culture)], text["MailResetNotAsked"]],
        Kind = "password reset",
    });

    private Uri LinkTo(string path, ApplicationUser user, string code) =>
        links.To(path, new Dictionary<string, string?> { ["user"] = user.Id, ["code"] = code });

    private string Until(TimeSpan lifetime, CultureInfo culture) =>
        (clock.GetUtcNow() + lifetime).ToString("f", culture) + " UTC";

    private static PortalMessage InCulture(CultureInfo culture, Func<PortalMessage> compose)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }
    }
}
