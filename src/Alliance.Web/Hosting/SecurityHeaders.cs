namespace Alliance.Web.Hosting;

/// <summary>
/// The headers every response carries, pages, errors, 404s, downloads and static files alike: set when
/// the response starts, so that an error page re-executed after <c>Response.Clear()</c> has them too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from the portal's own files (no inline script, no eval). Inline styles are
    /// allowed: MudBlazor writes its theme as a <c>style</c> element and positions popovers with
    /// <c>style</c> attributes, and a style cannot run code. The Blazor circuit's WebSocket goes
    /// back to the same host (<c>connect-src</c>).
    /// </summary>
    public static string ContentSecurityPolicy(HttpRequest request) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        $"connect-src 'self' {(request.IsHttps ? "wss" : "ws")}://{request.Host}; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Same-origin requests keep their referrer and their <c>Origin</c> header (the Blazor hub checks
    /// it; <c>no-referrer</c> would turn a same-origin POST's origin into "null"); no other site
    /// learns which portal page, with which search in its address, a link was followed from.
    /// </summary>
    public const string ReferrerPolicy = "same-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            // Replaces the "frame-ancestors 'self'" Blazor puts on its own pages with the whole policy.
            headers.ContentSecurityPolicy = ContentSecurityPolicy(http.Request);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
