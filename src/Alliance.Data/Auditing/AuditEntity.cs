using Alliance.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Alliance.Data.Auditing;

/// <summary>The names the audit trail gives to the kinds of row, stable whatever the classes are called.</summary>
public static class AuditEntity
{
    public const string Account = nameof(Account);
    public const string AccountRole = nameof(AccountRole);
    public const string Session = nameof(Session);

    private static readonly Dictionary<Type, string> Identity = new()
    {
        [typeof(ApplicationUser)] = Account,
        [typeof(IdentityUserRole<string>)] = AccountRole,
        [typeof(IdentityRole)] = "Role",
        [typeof(IdentityRoleClaim<string>)] = "RoleClaim",
        [typeof(IdentityUserClaim<string>)] = "AccountClaim",
        [typeof(IdentityUserLogin<string>)] = "AccountLogin",
        [typeof(IdentityUserToken<string>)] = "AccountToken",
        [typeof(IdentityUserPasskey<string>)] = "AccountPasskey",
        [typeof(UserSession)] = Session,
    };

    public static string NameOf(IEntityType type) =>
        Identity.TryGetValue(type.ClrType, out var name) ? name : type.ClrType.Name;

    /// <summary>Every column the trail can show a value of (the audit page names each in the reader's language).</summary>
    public static IReadOnlyList<string> Fields(IModel model) =>
        model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(AuditEntry) && t.ClrType != typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))
            .SelectMany(t => t.GetProperties().Select(p => p.Name))
            .Where(name => !AuditTrail.Ignored.Contains(name))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every name a row of the model can be recorded under, for the audit page's filter.</summary>
    public static IReadOnlyList<string> All(IModel model) =>
        model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(AuditEntry) && t.ClrType != typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))
            .Select(NameOf)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
