namespace Alliance.Domain;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable and names the rule, so that the web
/// layer can show the message in the user's language; <see cref="Exception.Message"/> is the
/// English text, with <see cref="Arguments"/> already formatted into it.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message, params object[] arguments)
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, arguments))
    {
        Code = code;
        Arguments = arguments;
    }

    public string Code { get; }

    public IReadOnlyList<object> Arguments { get; }

    /// <summary>
    /// The field at fault: the name of the entity's property (<c>nameof</c>), a stable key that forms
    /// name their inputs after, so a form can show the message beside it.
    /// </summary>
    public string? Field { get; init; }
}

/// <summary>
/// A field named inside a message ("Title is required"): the web layer shows it by its name in the
/// user's language, and never mistakes a person's own words for a field.
/// </summary>
public readonly record struct FieldName(string Key)
{
    public override string ToString() => Key;
}
