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

    /// <summary>The name of the input at fault (e.g. "Narrative"), so a form can show the message beside it.</summary>
    public string? Field { get; init; }
}
