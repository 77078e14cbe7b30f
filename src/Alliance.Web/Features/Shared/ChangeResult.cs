namespace Alliance.Web.Features.Shared;

/// <summary>How a change a person asked for ended.</summary>
public enum ChangeOutcome
{
    Saved,
    Invalid,
    Conflict,
    Refused,
    NotFound,

    /// <summary>The database could not take the change now (busy, unreachable, read-only, gone): nothing was saved; try again.</summary>
    Unavailable,
}

/// <summary>
/// The answer to every change made through <see cref="ChangeWriter"/>. <see cref="Errors"/> are keyed
/// by the form's property (<see cref="FormErrors.Form"/> for the change as a whole) and already in
/// the user's language. <see cref="Current"/> is what the page shows next: the thing as saved, or, on
/// a conflict, as someone else left it. <see cref="Confirmation"/> is the message of a saved change.
/// </summary>
public sealed record ChangeResult<T>(ChangeOutcome Outcome, IReadOnlyDictionary<string, string> Errors, T? Current = null, string? Confirmation = null)
    where T : class
{
    private static readonly IReadOnlyDictionary<string, string> s_none = new Dictionary<string, string>();

    public bool Succeeded => Outcome == ChangeOutcome.Saved;

    /// <summary>The message about the change as a whole, if any.</summary>
    public string? Message => Errors.GetValueOrDefault(FormErrors.Form);

    public static ChangeResult<T> Saved(T? current = null, string? confirmation = null) => new(ChangeOutcome.Saved, s_none, current, confirmation);

    public static ChangeResult<T> Invalid(FormErrors errors, T? current = null) => new(ChangeOutcome.Invalid, errors.ToDictionary(), current);

    /// <summary>Invalid, with one message for the change as a whole or for one input.</summary>
    public static ChangeResult<T> Invalid(string message, string input = FormErrors.Form) =>
        new(ChangeOutcome.Invalid, new Dictionary<string, string> { [input] = message });

    public static ChangeResult<T> Conflict(string message, T? current = null) =>
        new(ChangeOutcome.Conflict, new Dictionary<string, string> { [FormErrors.Form] = message }, current);

    public static ChangeResult<T> Refused(string message) => new(ChangeOutcome.Refused, new Dictionary<string, string> { [FormErrors.Form] = message });

    public static ChangeResult<T> NotFound(string message) => new(ChangeOutcome.NotFound, new Dictionary<string, string> { [FormErrors.Form] = message });

    public static ChangeResult<T> Unavailable(string message) => new(ChangeOutcome.Unavailable, new Dictionary<string, string> { [FormErrors.Form] = message });
}

/// <summary>What a page may open before anything is posted: whether the caller may, and whether the thing exists.</summary>
public enum FormAccess
{
    Allowed,
    Forbidden,
    NotFound,
}

/// <summary>A change's result that carries nothing back but its messages.</summary>
public sealed record Nothing
{
    private Nothing()
    {
    }
}
