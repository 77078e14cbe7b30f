using Alliance.Data;
using Alliance.Data.Identity;
using Alliance.Domain.Accounts;
using System.Globalization;
using Alliance.Web.Features.Audit;
using Alliance.Web.Components.Account;
using Alliance.Web.Components.Account.Links;
using Alliance.Web.Features.Mail;
using Alliance.Web.Features.Sessions;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Result = Alliance.Web.Features.Shared.ChangeResult<Alliance.Web.Features.Shared.Nothing>;

namespace Alliance.Web.Features.Administration;

public sealed record UserRow(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<int> LedGroupIds,
    bool IsLockedOut, bool TwoFactorEnabled, string ConcurrencyStamp, bool IsInvitationPending = false);

public sealed record GroupOption(int Id, string ShortName, string NameEn, string NameFr);

public sealed record AccountDirectory(IReadOnlyList<UserRow> Users, IReadOnlyList<GroupOption> Groups);

/// <summary>
/// Accounts, roles and group leads, through the portal's one write path: only administrators, as
/// the database knows them. An account, its roles and its led groups are saved in one transaction,
/// on the context Identity's <see cref="UserManager{TUser}"/> shares with the change.
/// </summary>
public sealed class UserAdministrationService(
    ChangeWriter changes, SessionStore sessions, TimeProvider clock, AccountMail mail, PortalMailer mailer,
    IStringLocalizer<SharedStrings> shared, ILogger<UserAdministrationService> logger)
{
    private Permission Administrators => new(user => user.IsAdministrator, shared["AdminForbidden"]);

    public Task<(FormAccess Access, AccountDirectory? Directory)> GetDirectoryAsync(CancellationToken cancellationToken = default) =>
        changes.ReadForAsync(Administrators, async db =>
        {
            var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync(cancellationToken);
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
            var leads = await db.WorkingGroupLeads.AsNoTracking().Select(l => new { l.UserId, l.WorkingGroupId }).ToListAsync(cancellationToken);
            var groups = await db.WorkingGroups.AsNoTracking().OrderBy(g => g.ShortName)
                .Select(g => new GroupOption(g.Id, g.ShortName, g.NameEn, g.NameFr)).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var rows = users.Select(u => new UserRow(
                u.Id, u.Email ?? "", u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
                leads.Where(l => l.UserId == u.Id).Select(l => l.WorkingGroupId).ToList(),
                u.LockoutEnd > now, u.TwoFactorEnabled, u.ConcurrencyStamp ?? "", u.PasswordHash == null)).ToList();
            return new AccountDirectory(rows, groups);
        }, cancellationToken);

    public Task<Result> SaveAsync(UserAccountForm form, CancellationToken cancellationToken = default) =>
        changes.RunInScopeAsync(AuditActions.SaveAccount.Of(form.Id ?? form.Email), Administrators, async change =>
        {
            var email = form.ReadEmail(change.Errors);
            // A name is judged when it is chosen or changed: the one stored is read from the database, not from the form.
            var storedName = form.Id is null ? null
                : await change.Db.Users.Where(u => u.Id == form.Id).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
            change.Errors.AddAll(AccountRules.ProblemsWith(form.DisplayName, form.Roles, form.LedGroupIds, storedName), form);
            if (form.Id is not null)
            {
                change.Errors.TryApply(() => AccountRules.EnsureKeepsAdministration(change.User, form.Id, form.Roles), form);
            }
            if (email is null || !change.Errors.IsEmpty)
            {
                return Result.Invalid(change.Errors);
            }
            var users = change.Services.GetRequiredService<UserManager<ApplicationUser>>();
            ApplicationUser? invited = null;
            // Identity saves after each step: one transaction makes the account, its roles and its groups one change.
            var result = await change.InTransactionAsync(async () =>
            {
                // A new account has no password: the person chooses one from the invitation (docs/decisions/0016).
                var user = form.Id is null ? new ApplicationUser() : await users.FindByIdAsync(form.Id);
                if (user is null)
                {
                    return Result.NotFound(shared["AdminUserNotFound"]);
                }
                if (form.Id is not null && user.ConcurrencyStamp != form.ConcurrencyStamp)
                {
                    return Result.Conflict(shared["AdminConcurrentChange", user.DisplayName]);
                }
                if (await users.FindByEmailAsync(email) is { } other && other.Id != user.Id)
                {
                    return Result.Invalid(shared["AdminEmailTaken", email], nameof(UserAccountForm.Email));
                }
                var pending = form.Id is null || !await users.HasPasswordAsync(user);
                var addressChanged = !string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase);
                (user.Email, user.UserName, user.DisplayName) = (email, email, AccountRules.DisplayName(form.DisplayName, storedName));
                var saved = form.Id is null ? await users.CreateAsync(user) : await users.UpdateAsync(user);
                if (saved.Succeeded && form.Id is not null && pending && addressChanged)
                {
                    // An invitation sent to the old address stops working; the new address gets its own.
                    saved = await users.UpdateSecurityStampAsync(user);
                }
                var rolesRemoved = false;
                if (saved.Succeeded)
                {
                    var currentRoles = await users.GetRolesAsync(user);
                    rolesRemoved = currentRoles.Except(form.Roles).Any();
                    saved = await users.RemoveFromRolesAsync(user, currentRoles.Except(form.Roles));
                    saved = saved.Succeeded ? await users.AddToRolesAsync(user, form.Roles.Except(currentRoles)) : saved;
                }
                if (!saved.Succeeded)
                {
                    return Result.Invalid(IdentityErrors(saved, change.Errors));
                }
                var groupsRemoved = await SetLedGroupsAsync(change.Db, user.Id, form.Roles.Contains(AllianceRoles.WorkingGroupLead) ? form.LedGroupIds : [], cancellationToken);
                // Less access: the person signs in again, on every device, at once.
                if (form.Id is not null && (rolesRemoved || groupsRemoved))
                {
                    await sessions.EndAllInAsync(change.Db, user.Id, SessionEndReasons.AccessReduced, cancellationToken);
                    await change.Db.SaveChangesAsync(cancellationToken);
                }
                invited = pending && (form.Id is null || addressChanged) ? user : null;
                return Result.Saved(confirmation: shared["AdminSaved", user.DisplayName]);
            });
            // Mailed once the account is committed: a code made before would name a security stamp that may not last.
            return result.Succeeded && invited is not null ? await InviteAsync(users, invited, cancellationToken) : result;
        }, cancellationToken);

    /// <summary>
    /// A new invitation for an account whose person has not chosen a password yet; the earlier links
    /// stop working (a new security stamp), so only the latest mail opens the account.
    /// </summary>
    public Task<Result> ResendInvitationAsync(string userId, CancellationToken cancellationToken = default) =>
        changes.RunInScopeAsync(AuditActions.SendInvitationAgain.Of(userId), Administrators, async change =>
        {
            var users = change.Services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return Result.NotFound(shared["AdminUserNotFound"]);
            }
            if (await users.HasPasswordAsync(user))
            {
                return Result.Invalid(shared["AdminInvitationAlreadyAccepted", user.DisplayName]);
            }
            var renewed = await users.UpdateSecurityStampAsync(user);
            return renewed.Succeeded
                ? await InviteAsync(users, user, cancellationToken)
                : Result.Invalid(IdentityErrors(renewed, change.Errors));
        }, cancellationToken);

    /// <summary>
    /// Sends the invitation now, so that the administrator learns at once when it could not go; the
    /// account stays as saved either way, and can be invited again. In the administrator's language:
    /// the account keeps none of its own.
    /// </summary>
    private async Task<Result> InviteAsync(UserManager<ApplicationUser> users, ApplicationUser user, CancellationToken cancellationToken)
    {
        try
        {
            var message = mail.Invitation(user, await users.InvitationCodeAsync(user), CultureInfo.CurrentUICulture);
            await mailer.SendAsync(message, cancellationToken);
            return Result.Saved(confirmation: shared["AdminInvited", user.DisplayName, user.Email!]);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "The invitation of user {UserId} could not be sent", user.Id);
            return Result.Saved(confirmation: shared["AdminInvitationNotSent", user.DisplayName, user.Email!]);
        }
    }

    public Task<Result> SetLockedAsync(string userId, bool locked, CancellationToken cancellationToken = default) =>
        changes.RunInScopeAsync((locked ? AuditActions.LockAccount : AuditActions.UnlockAccount).Of(userId), Administrators, async change =>
        {
            if (locked && !change.Errors.TryApply(() => AccountRules.EnsureNotSelf(change.User, userId)))
            {
                return Result.Invalid(change.Errors);
            }
            var users = change.Services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return Result.NotFound(shared["AdminUserNotFound"]);
            }
            return await change.InTransactionAsync(async () =>
            {
                await users.SetLockoutEnabledAsync(user, true);
                var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
                if (!result.Succeeded)
                {
                    return Result.Invalid(IdentityErrors(result, change.Errors));
                }
                if (locked)
                {
                    // Every open page of the person, static or interactive, is signed out at once.
                    await sessions.EndAllInAsync(change.Db, user.Id, SessionEndReasons.Locked, cancellationToken);
                    await change.Db.SaveChangesAsync(cancellationToken);
                }
                return Result.Saved(confirmation: shared["AdminSaved", user.DisplayName]);
            });
        }, cancellationToken);

    /// <summary>Makes the person lead exactly <paramref name="groupIds"/>; true when they no longer lead a group they led.</summary>
    private static async Task<bool> SetLedGroupsAsync(AllianceDbContext db, string userId, IReadOnlySet<int> groupIds, CancellationToken cancellationToken)
    {
        var removed = false;
        var groups = await db.WorkingGroups.Include(g => g.Leads)
            .Where(g => groupIds.Contains(g.Id) || g.Leads.Any(l => l.UserId == userId))
            .ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            if (groupIds.Contains(group.Id))
            {
                group.AddLead(userId);
            }
            else
            {
                group.RemoveLead(userId);
                removed = true;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return removed;
    }

    /// <summary>Identity's own messages (a name taken) in the user's language where the portal has them.</summary>
    private FormErrors IdentityErrors(IdentityResult result, FormErrors errors)
    {
        foreach (var error in result.Errors)
        {
            var text = shared["Identity_" + error.Code];
            errors.Add(FormErrors.Form, text.ResourceNotFound ? error.Description : text.Value);
        }
        return errors;
    }
}
