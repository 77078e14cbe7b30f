using Alliance.Data;
using Alliance.Data.Auditing;
using Alliance.Data.Identity;
using Alliance.Domain.Accounts;
using Alliance.Web.Features.Audit;
using Alliance.Web.Components.Account.Throttling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Components.Account;

/// <summary>
/// Identity's sign-in, answering an address with no account exactly as a wrong password: the same
/// result after the same work (a password hash verified), so that neither the reply nor its timing
/// tells which addresses have an account. A locked account says so only to someone who knows its password.
/// A step that succeeds forgets the tries counted for this client and account (<see cref="SignInPauses"/>).
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    SignInPauses pauses,
    AllianceDbContext db,
    RequestAuditActor requests)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // A hash in the current format (same algorithm and iterations as real ones), of a password nobody knows.
    private static string? s_unknownAccountHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure) =>
        ForgetTriesOnSuccess(await AuditedAsync(AuditActions.PasswordStep, userName,
            await CheckEveryAddressAlikeAsync(userName, password, isPersistent, lockoutOnFailure)));

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        if (rememberClient && await GetTwoFactorAuthenticationUserAsync() is { } user)
        {
            rememberClient = await MayRememberMachineAsync(user);
        }
        return ForgetTriesOnSuccess(await AuditedAsync(AuditActions.AuthenticatorStep, null,
            await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient)));
    }

    /// <summary>
    /// Staff give their second factor at every sign-in: a remembered machine signs in with the password
    /// alone (<c>amr=pwd</c>), which staff powers do not accept, so staff are never offered it and a
    /// machine remembered before they became staff is not believed.
    /// </summary>
    public async Task<bool> MayRememberMachineAsync(ApplicationUser user) =>
        !(await UserManager.GetRolesAsync(user)).Any(role => role is AllianceRoles.Administrator or AllianceRoles.Secretariat);

    public override async Task<bool> IsTwoFactorClientRememberedAsync(ApplicationUser user) =>
        await MayRememberMachineAsync(user) && await base.IsTwoFactorClientRememberedAsync(user);

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode) =>
        ForgetTriesOnSuccess(await AuditedAsync(AuditActions.RecoveryCodeStep, null, await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode)));

    /// <summary>
    /// A refused step goes into the audit trail with the address typed (a known one or not, alike),
    /// and so does the pause it starts for this client and account, once per pause (the posts a pause
    /// refuses write nothing: a flood costs no database writes); a sign-in that succeeds is recorded
    /// as the session it starts.
    /// </summary>
    private async Task<SignInResult> AuditedAsync(AuditAction step, string? typed, SignInResult result)
    {
        if (!result.Succeeded && !result.RequiresTwoFactor && requests.Current() is { } actor)
        {
            var outcome = result.IsLockedOut ? AuditActions.StepRefusedLocked : result.IsNotAllowed ? AuditActions.StepRefusedNotAllowed : AuditActions.StepFailed;
            var account = typed?.Trim().ToLowerInvariant();
            await db.RecordEventAsync(actor.Doing(step.Of(outcome.Of())), AuditEntity.Session, account);
            if (SignInAttempt.Of(Context).Tries is { Pause: { } pause } tries)
            {
                await db.RecordEventAsync(actor.Doing(AuditActions.PauseSignIn.Of(pause.TotalMinutes.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), tries.Attempts)), AuditEntity.Session, account);
            }
        }
        return result;
    }

    private async Task<SignInResult> CheckEveryAddressAlikeAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            VerifyAgainstUnknownAccount(password);
            return SignInResult.Failed;
        }
        // Identity answers "locked out" before it checks the password, which would tell anyone that the account exists.
        if (await IsLockedOut(user) && !await UserManager.CheckPasswordAsync(user, password))
        {
            return SignInResult.Failed;
        }
        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    private SignInResult ForgetTriesOnSuccess(SignInResult result)
    {
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            pauses.Forget(SignInAttempt.Of(Context));
        }
        return result;
    }

    private void VerifyAgainstUnknownAccount(string password)
    {
        var placeholder = new ApplicationUser();
        s_unknownAccountHash ??= UserManager.PasswordHasher.HashPassword(placeholder, Guid.NewGuid().ToString("N"));
        UserManager.PasswordHasher.VerifyHashedPassword(placeholder, s_unknownAccountHash, password);
    }
}
