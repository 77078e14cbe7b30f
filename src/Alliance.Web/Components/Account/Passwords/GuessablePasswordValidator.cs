using System.Globalization;
using Alliance.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Web.Components.Account.Passwords;

/// <summary>
/// Refuses the passwords an attacker tries first (NIST SP 800-63B, 5.1.1.2): a common password
/// (the shipped list, also with digits or symbols around it), one built from the person's e-mail
/// address or name, and a repeated pattern or a plain sequence. Length and the number of different
/// characters are Identity's own options.
/// </summary>
public sealed class GuessablePasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string CommonCode = "PasswordCommon";
    public const string PersonalCode = "PasswordContainsPersonalDetails";
    public const string PredictableCode = "PasswordPredictable";

    /// <summary>Shorter parts of a name or address ("Ada", "wg") are too common to refuse in a password.</summary>
    public const int ShortestPersonalPart = 4;

    private static readonly CompareInfo Comparer = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions IgnoreCaseAndAccents = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (IsCommon(password))
        {
            errors.Add(new IdentityError { Code = CommonCode, Description = "This password is one of the most commonly used passwords." });
        }
        if (PersonalParts(user).Any(part => Comparer.IndexOf(password, part, IgnoreCaseAndAccents) >= 0))
        {
            errors.Add(new IdentityError { Code = PersonalCode, Description = "The password must not contain your name or your e-mail address." });
        }
        if (IsRepeatedPattern(password) || IsSequence(password))
        {
            errors.Add(new IdentityError { Code = PredictableCode, Description = "The password must not be a repeated pattern or a sequence such as abcabc or 123456." });
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>In the list as typed, or once the digits and symbols around it are taken away ("Monkey!2024").</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var start = 0;
        var end = lower.Length;
        while (start < end && !char.IsLetter(lower[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetter(lower[end - 1]))
        {
            end--;
        }
        return CommonPasswords.Contains(lower) || (end > start && CommonPasswords.Contains(lower[start..end]));
    }

    /// <summary>The whole password is one shorter piece said again ("abcabcabcabc", "passwordpassword").</summary>
    public static bool IsRepeatedPattern(string password)
    {
        for (var period = 1; period <= password.Length / 2; period++)
        {
            var repeats = true;
            for (var i = period; i < password.Length && repeats; i++)
            {
                repeats = password[i] == password[i - period];
            }
            if (repeats)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Each character follows the one before it, up or down ("abcdefghijkl", "3456789012").</summary>
    public static bool IsSequence(string password)
    {
        if (password.Length < 3)
        {
            return false;
        }
        var step = Step(password[0], password[1]);
        if (step is not (1 or -1))
        {
            return false;
        }
        for (var i = 2; i < password.Length; i++)
        {
            if (Step(password[i - 1], password[i]) != step)
            {
                return false;
            }
        }
        return true;
    }

    private static int Step(char from, char to) => (char.ToLowerInvariant(from), char.ToLowerInvariant(to)) switch
    {
        ('9', '0') => 1,
        ('0', '9') => -1,
        var (a, b) => b - a,
    };

    /// <summary>The e-mail's local part and the display name, whole and word by word, when long enough to matter.</summary>
    private static IEnumerable<string> PersonalParts(ApplicationUser user)
    {
        var localPart = (user.Email ?? user.UserName ?? "").Split('@')[0];
        var wholes = new[] { localPart, user.DisplayName };
        return wholes
            .Concat(wholes.SelectMany(whole => whole.Split(NotALetterOrDigit(whole), StringSplitOptions.RemoveEmptyEntries)))
            .Select(part => part.Trim())
            .Where(part => part.Length >= ShortestPersonalPart)
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static char[] NotALetterOrDigit(string text) => text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray();

    private static HashSet<string> CommonPasswords => s_commonPasswords.Value;

    private static readonly Lazy<HashSet<string>> s_commonPasswords = new(LoadCommonPasswords);

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(GuessablePasswordValidator).Assembly.GetManifestResourceStream(CommonPasswordsResource)
            ?? throw new InvalidOperationException($"The embedded list {CommonPasswordsResource} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line.ToLowerInvariant());
            }
        }
        return passwords;
    }

    internal const string CommonPasswordsResource = "Alliance.Web.CommonPasswords.txt";

    /// <summary>How many passwords the shipped list holds.</summary>
    internal static int CommonPasswordCount => CommonPasswords.Count;
}
