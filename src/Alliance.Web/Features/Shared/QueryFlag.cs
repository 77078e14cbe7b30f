namespace Alliance.Web.Features.Shared;

/// <summary>
/// A yes/no carried in a query string (<c>?recorded=true</c>). Bound as text, because a
/// <c>bool</c> parameter makes Blazor throw, and answer 500, on anything but a boolean.
/// </summary>
public static class QueryFlag
{
    /// <summary>True only for "true" (any case); anything else, even malformed, is no.</summary>
    public static bool IsSet(string? value) => bool.TryParse(value, out var flag) && flag;
}
