using Alliance.Domain;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Shared;

/// <summary>
/// A form whose inputs are named as the domain names its fields (the entity's property, by
/// <c>nameof</c>). A form whose input has another name says so here.
/// </summary>
public interface IChangeForm
{
    /// <summary>A change made without a form (a button in a list): every message is about the change as a whole.</summary>
    static readonly IChangeForm None = new NoInputs();

    /// <summary>The input that shows a message the domain gave for <paramref name="field"/>.</summary>
    string InputFor(string field) => field;

    private sealed class NoInputs : IChangeForm
    {
        public string InputFor(string field) => FormErrors.Form;
    }
}

/// <summary>
/// The messages of one change, keyed by form property (<see cref="Form"/> for the change as a
/// whole), in the user's language. The first message for an input is the one shown.
/// </summary>
public sealed class FormErrors(IStringLocalizer<SharedStrings> shared)
{
    public const string Form = "";

    private readonly Dictionary<string, string> _messages = [];

    public bool IsEmpty => _messages.Count == 0;

    public bool Has(string input) => _messages.ContainsKey(input);

    /// <summary>A field's name for people, in the user's language.</summary>
    public string FieldName(string field) => shared[LocalizerExtensions.FieldKey(field)];

    public void Add(string input, string message) => _messages.TryAdd(input, message);

    /// <summary>A shared string in the user's language, for a message outside any input.</summary>
    public string Shared(string key, params object[] arguments) => shared[key, arguments];

    /// <summary>A message from the shared strings, by key.</summary>
    public void AddShared(string input, string key, params object[] arguments) => Add(input, shared[key, arguments]);

    /// <summary>A broken domain rule, beside the input the form names for its field.</summary>
    public void Add(DomainException problem, IChangeForm? form = null) =>
        Add(problem.Field is { } field ? form?.InputFor(field) ?? field : Form, shared.DomainError(problem));

    /// <summary>
    /// Runs a domain change; a broken rule becomes a message. True only if the change went through
    /// and no message was there before: a refused change leaves the entity as it was.
    /// </summary>
    public bool TryApply(Action change, IChangeForm? form = null)
    {
        try
        {
            change();
            return IsEmpty;
        }
        catch (DomainException problem)
        {
            Add(problem, form);
            return false;
        }
    }

    /// <summary>Every rule a domain check reports, each beside its input.</summary>
    public void AddAll(IEnumerable<DomainException> problems, IChangeForm? form = null)
    {
        foreach (var problem in problems)
        {
            Add(problem, form);
        }
    }

    public Dictionary<string, string> ToDictionary() => new(_messages);
}
