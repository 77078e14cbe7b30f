namespace Alliance.Domain;

/// <summary>
/// The checks every entity repeats, each raising a <see cref="DomainException"/> a user can read.
/// Every text passes through <see cref="PlainText"/> first (decision 0014): <see cref="Required"/> and
/// <see cref="Optional"/> for one line, <see cref="RequiredLines"/> and <see cref="OptionalLines"/>
/// for texts that keep their line breaks; lengths are those of the text kept.
/// </summary>
internal static class Guard
{
    public static string Required(string? value, string field, int maxLength) =>
        RequiredText(PlainText.SingleLine(value), field, maxLength);

    public static string? Optional(string? value, string field, int maxLength) =>
        OptionalText(PlainText.SingleLine(value), field, maxLength);

    public static string RequiredLines(string? value, string field, int maxLength) =>
        RequiredText(PlainText.MultiLine(value), field, maxLength);

    public static string? OptionalLines(string? value, string field, int maxLength) =>
        OptionalText(PlainText.MultiLine(value), field, maxLength);

    private static string RequiredText(string text, string field, int maxLength)
    {
        if (text.Length == 0)
        {
            throw new DomainException("Required", "{0} is required.", new FieldName(field)) { Field = field };
        }
        return OptionalText(text, field, maxLength)!;
    }

    private static string? OptionalText(string text, string field, int maxLength)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Length > maxLength)
        {
            throw new DomainException("TooLong", "{0} must be at most {1} characters.", new FieldName(field), maxLength) { Field = field };
        }
        return text;
    }

    /// <summary>An optional text in both languages: kept when given in both, null when given in neither, refused when one is missing.</summary>
    public static Plans.LocalizedText? Translated(string? en, string? fr, string enField, string frField, int maxLength)
    {
        var keptEn = Optional(en, enField, maxLength);
        var keptFr = Optional(fr, frField, maxLength);
        return (keptEn, keptFr) switch
        {
            (null, null) => null,
            (not null, not null) => new Plans.LocalizedText(keptEn, keptFr),
            (null, _) => throw new DomainException("TranslationMissing", "{0} is needed in both languages.", new FieldName(enField)) { Field = enField },
            _ => throw new DomainException("TranslationMissing", "{0} is needed in both languages.", new FieldName(frField)) { Field = frField },
        };
    }

    public static void DatesInOrder(DateOnly start, DateOnly? end, string startField, string endField)
    {
        if (end is { } e && e < start)
        {
            throw new DomainException("DatesOutOfOrder", "{1} must not be before {0}.", new FieldName(startField), new FieldName(endField)) { Field = endField };
        }
    }

    public static string? HttpUrl(string? value, string field, int maxLength)
    {
        var url = Optional(value, field, maxLength);
        if (url is null)
        {
            return null;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new DomainException("InvalidLink", "{0} must be a web address starting with http:// or https://.", new FieldName(field)) { Field = field };
        }
        return url;
    }
}
