using System.Globalization;

namespace Alliance.Web.Features.Shared;

/// <summary>
/// Reads what a browser posted (always text, so nothing typed is lost) into dates, numbers and
/// choices, the same way on every form. An input that cannot be read adds its message to the
/// form's errors and gives null.
/// </summary>
public static class PostedText
{
    /// <summary>The format of an HTML date input, whatever the user's language.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A date input sends yyyy-MM-dd; a browser without one sends what was typed, read in the
    /// user's language.
    /// </summary>
    public static DateOnly? Date(string? value, string input, FormErrors errors)
    {
        var typed = value?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            errors.AddShared(input, "DateRequired");
            return null;
        }
        if (DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(typed, "d", CultureInfo.CurrentCulture, DateTimeStyles.None, out date))
        {
            return date;
        }
        errors.AddShared(input, "DateInvalid");
        return null;
    }

    /// <summary>A number as typed: with a dot, or as written in the user's language (12,5 in French).</summary>
    public static decimal? Number(string? value, string input, FormErrors errors)
    {
        var typed = value?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            errors.AddShared(input, "NumberRequired");
            return null;
        }
        if (decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            || decimal.TryParse(typed, NumberStyles.Number, CultureInfo.CurrentCulture, out number))
        {
            return number;
        }
        errors.AddShared(input, "NumberInvalid");
        return null;
    }

    /// <summary>A whole number, or null with <paramref name="message"/> beside the input.</summary>
    public static int? WholeNumber(string? value, string input, FormErrors errors, string message)
    {
        if (int.TryParse(value?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        errors.Add(input, message);
        return null;
    }

    /// <summary>
    /// One of an enum's values by its exact name (case aside); never a number or a combination,
    /// which <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would accept.
    /// </summary>
    public static TEnum? Choice<TEnum>(string? value, string input, FormErrors errors, string message) where TEnum : struct, Enum
    {
        var typed = value?.Trim();
        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, typed, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<TEnum>(name);
            }
        }
        errors.Add(input, message);
        return null;
    }

    /// <summary>
    /// An input the domain requires, checked here as well so that an empty form gets every message
    /// at once. The message is the domain's own, naming its <paramref name="field"/> (the input's name unless said).
    /// </summary>
    public static void Required(string? value, string input, FormErrors errors, string? field = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.AddShared(input, "DomainError_Required", errors.FieldName(field ?? input));
        }
    }
}
