using System.Globalization;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features;

/// <summary>Dates typed into the portal's forms, read the same way by every feature.</summary>
public static class FormDates
{
    /// <summary>
    /// A date input sends yyyy-MM-dd; a browser without one sends what was typed, read in the
    /// user's language. A missing or unreadable date adds a message to <paramref name="errors"/>
    /// under <paramref name="field"/> and returns null.
    /// </summary>
    public static DateOnly? Parse(string? value, string field, IDictionary<string, string> errors, IStringLocalizer<SharedStrings> localizer)
    {
        var typed = value?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            errors[field] = localizer["DateRequired"];
            return null;
        }
        if (DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(typed, "d", CultureInfo.CurrentCulture, DateTimeStyles.None, out date))
        {
            return date;
        }
        errors[field] = localizer["DateInvalid"];
        return null;
    }
}
