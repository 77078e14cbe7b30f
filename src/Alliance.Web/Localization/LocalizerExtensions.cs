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
    /// A broken domain rule in the user's language: key <c>DomainError_{Code}</c>, with the fields it
    /// names (<c>Field_{Key}</c>) translated too; the English message if a key is missing.
    /// </summary>
    public static string DomainError(this IStringLocalizer<SharedStrings> localizer, DomainException exception)
    {
        var template = localizer[$"DomainError_{exception.Code}"];
        if (template.ResourceNotFound)
        {
            return exception.Message;
        }
        var arguments = exception.Arguments
            .Select(a => a is FieldName field ? localizer[FieldKey(field.Key)].Value : a)
            .ToArray();
        return string.Format(System.Globalization.CultureInfo.CurrentCulture, template.Value, arguments);
    }

    /// <summary>The resource key of a domain field's name for people: <c>Field_{Key}</c>.</summary>
    public static string FieldKey(string field) => "Field_" + field;
}
