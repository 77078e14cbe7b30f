using System.Globalization;
using Alliance.Data;
using Alliance.Data.Auditing;
using Alliance.Data.Identity;
using Alliance.Web.Features.Audit;
using Alliance.Web.Features.Mail;
using Alliance.Web.Features.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Web.Components.Account.Links;

/// <summary>
/// What the mailed links do, for the anonymous pages that open them: ask for a reset link, accept
/// an invitation, reset a password. Identity saves on the request's context, whose actor is the
/// person the link belongs to (they proved they hold its mailbox), from the request's address.
/// </summary>
public sealed class AccountLinkService(
    UserManager<ApplicationUser> users,
    AllianceDbContext db,
    AccountMail mail,
    MailOutbox outbox,
    SessionStore sessions,
    RequestAuditActor requests,
    ILogger<AccountLinkService> logger)
{
    /// <summary>The error of a link that was used, replaced or has expired.</summary>
    public const string LinkNoLongerWorks = nameof(LinkNoLongerWorks);

    /// <summary>
    /// Mails a reset link when <paramref name="email"/> has an account. The same work and the same
    /// answer either way: a code and a message are made for any address, the message is sent off
    /// the request and only to a real account, and the request is recorded alike.
    /// </summary>
    public async Task RequestPasswordResetAsync(string email, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        var typed = email.Trim();
        var user = await users.FindByEmailAsync(typed);
        var recipient = user ?? new ApplicationUser { Email = typed, UserName = typed, DisplayName = typed };
        var message = mail.PasswordReset(recipient, await users.PasswordResetCodeAsync(recipient), culture);
        if (user is not null)
        {
            outbox.Post(message);
        }
        await db.RecordEventAsync(requests.Current()!.Doing(AuditActions.AskPasswordReset.Of()), AuditEntity.Account, typed.ToLowerInvariant(),
            cancellationToken: cancellationToken);
    }

    /// <summary>The account an invitation link opens, or null when the link no longer works.</summary>
    public async Task<ApplicationUser?> OpenInvitationAsync(string? userId, string? code) =>
        await FindAsync(userId) is { } user && await users.IsInvitationOpenAsync(user, code) ? user : null;

    /// <summary>The account a reset link opens, or null when the link no longer works.</summary>
    public async Task<ApplicationUser?> OpenPasswordResetAsync(string? userId, string? code) =>
        await FindAsync(userId) is { } user && await users.IsPasswordResetOpenAsync(user, code) ? user : null;

    /// <summary>The person's first password; the mailbox is then confirmed and the link spent (a new security stamp).</summary>
    public async Task<IdentityResult> AcceptInvitationAsync(string? userId, string? code, string password)
    {
        if (await OpenInvitationAsync(userId, code) is not { } user)
        {
            return Gone();
        }
        ActAs(user, "accept the invitation");
        user.EmailConfirmed = true;
        var result = await users.AddPasswordAsync(user, password);
        if (result.Succeeded)
        {
            logger.LogInformation("Invitation accepted by user {UserId}", user.Id);
        }
        return Spent(result);
    }

    /// <summary>A new password from a reset link: every session of the person ends, here and elsewhere.</summary>
    public async Task<IdentityResult> ResetPasswordAsync(string? userId, string? code, string password, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(userId) is not { } user || AccountTokens.Decode(code) is not { } token)
        {
            return Gone();
        }
        var actor = ActAs(user, "reset the password");
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await sessions.EndAllAsync(user.Id, SessionEndReasons.PasswordChanged, actor, cancellationToken: cancellationToken);
            logger.LogInformation("Password reset by user {UserId}", user.Id);
        }
        return Spent(result);
    }

    private async Task<ApplicationUser?> FindAsync(string? userId) =>
        string.IsNullOrEmpty(userId) || userId.Length > 450 ? null : await users.FindByIdAsync(userId);

    private AuditActor ActAs(ApplicationUser user, string action)
    {
        var request = requests.Current()!;
        db.Actor = request with { UserId = user.Id, Name = user.DisplayName, Action = $"{request.Action}: {action}" };
        return db.Actor;
    }

    // A link spent meanwhile (another tab, a race) loses on the token or on the concurrency stamp.
    private static IdentityResult Spent(IdentityResult result) =>
        result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.InvalidToken) or nameof(IdentityErrorDescriber.ConcurrencyFailure)
            or nameof(IdentityErrorDescriber.UserAlreadyHasPassword))
            ? Gone()
            : result;

    private static IdentityResult Gone() =>
        IdentityResult.Failed(new IdentityError { Code = LinkNoLongerWorks, Description = "The link was used, replaced or has expired." });
}
