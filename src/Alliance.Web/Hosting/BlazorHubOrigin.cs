namespace Alliance.Web.Hosting;

/// <summary>
/// The circuit's hub answers only pages of the portal itself: a negotiate or WebSocket request to
/// <c>/_blazor</c> whose <c>Origin</c> is another site gets 403, so that no other site can drive a
/// circuit with the visitor's cookie (cross-site WebSocket hijacking). A browser always sends
/// <c>Origin</c> on a WebSocket and on a POST; a same-origin GET (the hub's initializers) has none.
/// </summary>
public static class BlazorHubOrigin
{
    public static readonly PathString HubPath = "/_blazor";

    public static IApplicationBuilder UseSameOriginBlazorHub(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var origins = context.Request.Headers.Origin;
        if (context.Request.Path.StartsWithSegments(HubPath) && origins.Count > 0
            && (origins.Count > 1 || !IsSameOrigin(origins[0], context.Request)))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }
        return next(context);
    });

    /// <summary>Scheme, host and port of <paramref name="origin"/> are the request's own ("null" is not).</summary>
    public static bool IsSameOrigin(string? origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.IdnHost, request.Host.Host, StringComparison.OrdinalIgnoreCase)
        && uri.Port == (request.Host.Port ?? (request.IsHttps ? 443 : 80))
        && uri.AbsolutePath == "/";
}
