namespace Alliance.Domain;

/// <summary>The checks every entity repeats, each raising a <see cref="DomainException"/> a user can read.</summary>
internal static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException("Required", "{0} is required.", new FieldName(field)) { Field = field };
        }
        if (trimmed.Length > maxLength)
        {
            throw new DomainException("TooLong", "{0} must be at most {1} characters.", new FieldName(field), maxLength) { Field = field };
        }
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            throw new DomainException("TooLong", "{0} must be at most {1} characters.", new FieldName(field), maxLength) { Field = field };
        }
        return trimmed;
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
