using System.Net.Mail;
using Alliance.Data;
using Alliance.Data.Identity;
using Alliance.Domain.Accounts;
using Alliance.Domain.WorkingGroups;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Features.Administration;

public sealed record UserRow(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<int> LedGroupIds,
    bool IsLockedOut, bool TwoFactorEnabled, string ConcurrencyStamp);

public sealed record GroupOption(int Id, string ShortName, string NameEn, string NameFr);

/// <summary>The outcome of a change: either done, or resource keys (with arguments) saying why not.</summary>
public sealed record AdminResult(bool Succeeded, IReadOnlyList<AdminMessage> Errors)
{
    public static AdminResult Success { get; } = new(true, []);

    public static AdminResult Fail(string key, params object[] arguments) => new(false, [new AdminMessage(key, arguments)]);
}

public sealed record AdminMessage(string Key, object[] Arguments);

/// <summary>
/// Accounts, roles and group leads. Every call checks, against the database, that the caller is
/// an administrator; each operation uses its own scope, so an interactive page never holds a
/// stale context.
/// </summary>
public sealed class UserAdministrationService(IServiceScopeFactory scopes, CurrentUser currentUser)
{
    public async Task<IReadOnlyList<UserRow>> GetUsersAsync()
    {
        await using var scope = await AuthorizedScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync();
        var leads = await db.WorkingGroupLeads.AsNoTracking().Select(l => new { l.UserId, l.WorkingGroupId }).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        return users.Select(u => new UserRow(
            u.Id, u.Email ?? "", u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            leads.Where(l => l.UserId == u.Id).Select(l => l.WorkingGroupId).ToList(),
            u.LockoutEnd > now, u.TwoFactorEnabled, u.ConcurrencyStamp ?? "")).ToList();
    }

    public async Task<IReadOnlyList<GroupOption>> GetGroupsAsync()
    {
        await using var scope = await AuthorizedScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        return await db.WorkingGroups.AsNoTracking().OrderBy(g => g.ShortName)
            .Select(g => new GroupOption(g.Id, g.ShortName, g.NameEn, g.NameFr)).ToListAsync();
    }

    public async Task<AdminResult> SaveAsync(UserAccountForm form)
    {
        await using var scope = await AuthorizedScopeAsync();
        var validation = Validate(form);
        if (!validation.Succeeded)
        {
            return validation;
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var email = form.Email.Trim();

        ApplicationUser user;
        if (form.Id is null)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                return AdminResult.Fail("AdminEmailTaken", email);
            }
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = form.DisplayName.Trim() };
            var created = await users.CreateAsync(user, form.Password!);
            if (!created.Succeeded)
            {
                return FromIdentity(created);
            }
        }
        else
        {
            var found = await users.FindByIdAsync(form.Id);
            if (found is null)
            {
                return AdminResult.Fail("AdminUserNotFound");
            }
            user = found;
            if (user.ConcurrencyStamp != form.ConcurrencyStamp)
            {
                return AdminResult.Fail("AdminConcurrentChange", user.DisplayName);
            }
            var callerId = await currentUser.GetRequiredIdAsync();
            if (user.Id == callerId && !form.Roles.Contains(AllianceRoles.Administrator))
            {
                return AdminResult.Fail("AdminCannotDemoteSelf");
            }
            var other = await users.FindByEmailAsync(email);
            if (other is not null && other.Id != user.Id)
            {
                return AdminResult.Fail("AdminEmailTaken", email);
            }
            user.Email = email;
            user.UserName = email;
            user.DisplayName = form.DisplayName.Trim();
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                return FromIdentity(updated);
            }
            if (!string.IsNullOrEmpty(form.Password))
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                var reset = await users.ResetPasswordAsync(user, token, form.Password);
                if (!reset.Succeeded)
                {
                    return FromIdentity(reset);
                }
            }
        }

        var currentRoles = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, currentRoles.Except(form.Roles));
        var added = await users.AddToRolesAsync(user, form.Roles.Except(currentRoles));
        if (!removed.Succeeded || !added.Succeeded)
        {
            return FromIdentity(removed.Succeeded ? added : removed);
        }

        await SetLedGroupsAsync(db, user.Id, form.Roles.Contains(AllianceRoles.WorkingGroupLead) ? form.LedGroupIds : []);
        return AdminResult.Success;
    }

    public async Task<AdminResult> SetLockedAsync(string userId, bool locked)
    {
        await using var scope = await AuthorizedScopeAsync();
        if (locked && userId == await currentUser.GetRequiredIdAsync())
        {
            return AdminResult.Fail("AdminCannotLockSelf");
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Fail("AdminUserNotFound");
        }
        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (result.Succeeded && locked)
        {
            // Ends the user's sessions at the next revalidation.
            await users.UpdateSecurityStampAsync(user);
        }
        return result.Succeeded ? AdminResult.Success : FromIdentity(result);
    }

    private static async Task SetLedGroupsAsync(AllianceDbContext db, string userId, IReadOnlySet<int> groupIds)
    {
        var groups = await db.WorkingGroups.Include(g => g.Leads)
            .Where(g => groupIds.Contains(g.Id) || g.Leads.Any(l => l.UserId == userId))
            .ToListAsync();
        foreach (var group in groups)
        {
            if (groupIds.Contains(group.Id))
            {
                group.AddLead(userId);
            }
            else
            {
                group.RemoveLead(userId);
            }
        }
        await db.SaveChangesAsync();
    }

    private static AdminResult Validate(UserAccountForm form)
    {
        var errors = new List<AdminMessage>();
        if (string.IsNullOrWhiteSpace(form.Email) || !MailAddress.TryCreate(form.Email.Trim(), out _))
        {
            errors.Add(new AdminMessage("AdminEmailInvalid", []));
        }
        if (string.IsNullOrWhiteSpace(form.DisplayName) || form.DisplayName.Trim().Length > ApplicationUser.DisplayNameMaxLength)
        {
            errors.Add(new AdminMessage("AdminDisplayNameRequired", [ApplicationUser.DisplayNameMaxLength]));
        }
        if (form.Id is null && string.IsNullOrEmpty(form.Password))
        {
            errors.Add(new AdminMessage("AdminPasswordRequired", []));
        }
        if (form.Roles.Count == 0 || form.Roles.Any(r => !AllianceRoles.All.Contains(r)))
        {
            errors.Add(new AdminMessage("AdminRoleRequired", []));
        }
        if (form.Roles.Contains(AllianceRoles.WorkingGroupLead) && form.LedGroupIds.Count == 0)
        {
            errors.Add(new AdminMessage("AdminLeadNeedsGroup", []));
        }
        return errors.Count == 0 ? AdminResult.Success : new AdminResult(false, errors);
    }

    private static AdminResult FromIdentity(IdentityResult result) =>
        new(false, result.Errors.Select(e => new AdminMessage("Identity_" + e.Code, [e.Description])).ToList());

    private async Task<AsyncServiceScope> AuthorizedScopeAsync()
    {
        var callerId = await currentUser.GetRequiredIdAsync();
        var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var caller = await users.FindByIdAsync(callerId);
        if (caller is null || !await users.IsInRoleAsync(caller, AllianceRoles.Administrator) || caller.LockoutEnd > DateTimeOffset.UtcNow)
        {
            await scope.DisposeAsync();
            throw new PortalForbiddenException("Only an administrator manages accounts.");
        }
        return scope;
    }
}
