using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

using Alliance.Web.Components.Account.Passwords;
using Alliance.Web.Resources;

namespace Alliance.Web.Components.Account;

/// <summary>
/// Translates the <see cref="IdentityError"/>s these pages can meet, by error code; a code with
/// no translation keeps Identity's English description rather than showing nothing.
/// </summary>
internal static class IdentityErrorMessages
{
    public static string Describe(this IStringLocalizer<AccountStrings> l, IdentityError error, PasswordOptions password)
    {
        LocalizedString? translated = error.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => l["IdentityPasswordTooShort", password.RequiredLength],
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => l["IdentityPasswordRequiresUniqueChars", password.RequiredUniqueChars],
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => l["IdentityPasswordRequiresNonAlphanumeric"],
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => l["IdentityPasswordRequiresDigit"],
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => l["IdentityPasswordRequiresLower"],
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => l["IdentityPasswordRequiresUpper"],
            GuessablePasswordValidator.CommonCode => l["IdentityPasswordCommon"],
            GuessablePasswordValidator.PersonalCode => l["IdentityPasswordContainsPersonalDetails"],
            GuessablePasswordValidator.PredictableCode => l["IdentityPasswordPredictable"],
            nameof(IdentityErrorDescriber.PasswordMismatch) => l["IdentityPasswordMismatch"],
            nameof(IdentityErrorDescriber.ConcurrencyFailure) => l["IdentityConcurrencyFailure"],
            nameof(IdentityErrorDescriber.InvalidToken) => l["IdentityInvalidToken"],
            nameof(IdentityErrorDescriber.DefaultError) => l["IdentityDefaultError"],
            _ => null,
        };

        return translated is { ResourceNotFound: false } ? translated.Value : error.Description;
    }

    public static string Describe(this IStringLocalizer<AccountStrings> l, IdentityResult result, PasswordOptions password)
        => string.Join(" ", result.Errors.Select(error => l.Describe(error, password)));
}
