using Alliance.Domain;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features;

/// <summary>How every feature's service applies a form to the domain.</summary>
public static class DomainChanges
{
    /// <summary>
    /// Runs a domain change. A broken rule becomes a message, in the user's language, on the form
    /// input <paramref name="inputOf"/> names for it ("" for the form as a whole); a message already
    /// there is kept. True only if the change went through and the form has no message at all.
    /// </summary>
    public static bool TryApply(this IDictionary<string, string> errors, Action change, Func<DomainException, string> inputOf,
        IStringLocalizer<SharedStrings> localizer)
    {
        try
        {
            change();
            return errors.Count == 0;
        }
        catch (DomainException problem)
        {
            errors.TryAdd(inputOf(problem), localizer.DomainError(problem));
            return false;
        }
    }
}
