using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Alliance.Web.Components.Account.Throttling;

/// <summary>Answers a throttled sign-in post: 429, Retry-After in whole seconds, and the <see cref="TooManyAttempts"/> page.</summary>
public static class TooManyAttemptsResponse
{
    public static async Task WriteAsync(HttpContext context, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";

        var services = context.RequestServices;
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(TooManyAttempts.RetryAfter)] = TimeSpan.FromSeconds(seconds) });
            return (await renderer.RenderComponentAsync<TooManyAttempts>(parameters)).ToHtmlString();
        });
        await response.WriteAsync(html, cancellationToken);
    }
}
