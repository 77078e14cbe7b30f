using Alliance.Web.Components.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Alliance.Web.Hosting;

/// <summary>Why a posted form was not taken.</summary>
public enum UnsentReason
{
    /// <summary>The person was signed out meanwhile (in another tab, by a timeout, by an administrator).</summary>
    SignedOut,

    /// <summary>The form's token expired, or the form came from elsewhere.</summary>
    FormExpired,

    /// <summary>The form could not be read: too large, or characters the portal does not accept.</summary>
    Unreadable,
}

/// <summary>
/// Form posts the portal cannot take never end on a bare error or a sign-in redirect that drops the
/// text: the person gets <see cref="UnsentForm"/>, which says why and gives back what they typed.
/// </summary>
public static class UnsentForms
{
    private static readonly string[] s_leftOut = ["__RequestVerificationToken", "_handler", "ReturnUrl", "returnUrl"];
    private static readonly string[] s_secretParts = ["Password", "Code", "Token", "SubmissionId", "LastSeenUpdateId", "Version", "ConcurrencyStamp"];

    /// <summary>Before authorization: a post to a page that needs a sign-in, from someone no longer signed in.</summary>
    public static IApplicationBuilder UseUnsentFormsWhenSignedOut(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsFormPost(context) && context.User.Identity?.IsAuthenticated != true
            && context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized, UnsentReason.SignedOut);
            return;
        }
        await next(context);
    });

    /// <summary>After antiforgery: a post whose form token failed (expired, foreign, or a form that could not be read).</summary>
    public static IApplicationBuilder UseUnsentFormsWhenRefused(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsFormPost(context) && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, UnsentReason.FormExpired);
            return;
        }
        await next(context);
    });

    private sealed class Checked : IAntiforgeryValidationFeature
    {
        public bool IsValid => true;

        public Exception? Error => null;
    }

    // From the header itself: the form feature refuses even this question once a token has failed.
    private static bool IsFormPost(HttpContext context) => HttpMethods.IsPost(context.Request.Method)
        && context.Request.ContentType is { } type
        && (type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));

    private static async Task WriteAsync(HttpContext context, int status, UnsentReason reason)
    {
        IReadOnlyList<KeyValuePair<string, string>> fields;
        try
        {
            // Read only to be shown back: the endpoint never runs. The framework refuses to read a form
            // whose token failed unless told it was checked, which it was, here.
            if (reason == UnsentReason.FormExpired)
            {
                context.Features.Set<IAntiforgeryValidationFeature>(new Checked());
            }
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            fields = form.Where(f => !s_leftOut.Contains(f.Key) && !s_secretParts.Any(p => f.Key.Contains(p, StringComparison.OrdinalIgnoreCase)))
                .Select(f => KeyValuePair.Create(f.Key[(f.Key.LastIndexOf('.') + 1)..], f.Value.ToString()))
                .Where(f => f.Value.Length > 0)
                .ToList();
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or BadHttpRequestException or IOException)
        {
            (fields, reason) = ([], UnsentReason.Unreadable);
        }
        var path = context.Request.PathBase + context.Request.Path;
        var returnPath = reason == UnsentReason.SignedOut
            ? "Account/Login?ReturnUrl=" + Uri.EscapeDataString(path)
            : path.ToString().TrimStart('/');

        var response = context.Response;
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        var services = context.RequestServices;
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<UnsentForm>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(UnsentForm.Reason)] = reason,
                [nameof(UnsentForm.Fields)] = fields,
                [nameof(UnsentForm.ReturnPath)] = returnPath,
            }))).ToHtmlString());
        await response.WriteAsync(html, context.RequestAborted);
    }
}
