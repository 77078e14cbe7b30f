using Alliance.Domain;
using Alliance.Domain.Plans;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Localization;

public static class LocalizerExtensions
{
    /// <summary>An enum value's name for people: key <c>{EnumType}_{Value}</c> in SharedStrings.</summary>
    public static string Enum<TEnum>(this IStringLocalizer<SharedStrings> localizer, TEnum value) where TEnum : struct, System.Enum =>
        localizer[EnumKey(value)];

    public static string EnumKey<TEnum>(TEnum value) where TEnum : struct, System.Enum => $"{typeof(TEnum).Name}_{value}";

    /// <summary>
    /// A broken domain rule in the user's language: key <c>DomainError_{Code}</c>, with field
    /// names (<c>Field_{Name}</c>) translated too; the English message if a key is missing.
    /// </summary>
    public static string DomainError(this IStringLocalizer<SharedStrings> localizer, DomainException exception)
    {
        var template = localizer[$"DomainError_{exception.Code}"];
        if (template.ResourceNotFound)
        {
            return exception.Message;
        }
        var arguments = exception.Arguments
            .Select(a => a is string field && localizer[FieldKey(field)] is { ResourceNotFound: false } name ? name.Value : a)
            .ToArray();
        return string.Format(System.Globalization.CultureInfo.CurrentCulture, template.Value, arguments);
    }

    /// <summary>"Objective A" for a strategic objective (one-letter code); a secondary priority by its title.</summary>
    public static string ObjectiveShortName(this IStringLocalizer<SharedStrings> localizer, string code, LocalizedText title) =>
        code.Length == 1 ? localizer["ObjectiveLabel", code] : title.For(System.Globalization.CultureInfo.CurrentUICulture);

    /// <summary>"Objective A — Integrated programming"; a secondary priority by its title alone.</summary>
    public static string ObjectiveFullName(this IStringLocalizer<SharedStrings> localizer, string code, LocalizedText title) =>
        code.Length == 1
            ? $"{localizer["ObjectiveLabel", code]} — {title.For(System.Globalization.CultureInfo.CurrentUICulture)}"
            : title.For(System.Globalization.CultureInfo.CurrentUICulture);

    public static string FieldKey(string field) => "Field_" + new string(field.Where(char.IsLetterOrDigit).ToArray());
}
