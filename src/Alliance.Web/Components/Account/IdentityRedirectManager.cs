using Microsoft.AspNetCore.Components;

namespace Alliance.Web.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    /// <summary>
    /// Navigates to <paramref name="uri"/> when it stays inside this application; anything else
    /// (another host, "//host", "/\host", "javascript:") goes to the home page instead.
    /// </summary>
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(ToLocalRelativeUri(uri));

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
        => RedirectToWithStatus(uri, message, isError: false, context);

    public void RedirectToWithError(string uri, string message, HttpContext context)
        => RedirectToWithStatus(uri, message, isError: true, context);

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, message, context);

    public void RedirectToCurrentPageWithError(string message, HttpContext context)
        => RedirectToWithError(CurrentPath, message, context);

    public void RedirectToInvalidUser() => RedirectTo("Account/InvalidUser");

    private void RedirectToWithStatus(string uri, string message, bool isError, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, StatusCookie.Write(message, isError), StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string ToLocalRelativeUri(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return "";
        }

        // Resolve against the base URI, then require the result to be under it: this rejects
        // other hosts and schemes however they are spelled, and keeps same-site absolute URLs working.
        var baseUri = navigationManager.BaseUri;
        if (!Uri.TryCreate(new Uri(baseUri), uri, out var absolute)
            || !absolute.AbsoluteUri.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        return absolute.AbsoluteUri[baseUri.Length..];
    }
}

/// <summary>The status cookie carries whether the message is an error, so no page has to guess it from the (translated) text.</summary>
internal static class StatusCookie
{
    private const string ErrorPrefix = "error:";
    private const string SuccessPrefix = "ok:";

    public static string Write(string message, bool isError) => (isError ? ErrorPrefix : SuccessPrefix) + message;

    public static (string Message, bool IsError)? Read(string? value) => value switch
    {
        null or "" => null,
        _ when value.StartsWith(ErrorPrefix, StringComparison.Ordinal) => (value[ErrorPrefix.Length..], true),
        _ when value.StartsWith(SuccessPrefix, StringComparison.Ordinal) => (value[SuccessPrefix.Length..], false),
        _ => null,
    };
}
