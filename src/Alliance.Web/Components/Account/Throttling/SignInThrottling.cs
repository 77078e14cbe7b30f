using Microsoft.AspNetCore.RateLimiting;

namespace Alliance.Web.Components.Account.Throttling;

/// <summary>
/// Throttling of the sign-in family's posts (sign-in, two-factor code, recovery code; later password
/// reset and invitation): a pause per (client, account) pair after a few tries that did not sign in.
/// Every refusal is a 429 with Retry-After and the <see cref="TooManyAttempts"/> page. Decision 0013 says why.
/// </summary>
public static class SignInThrottling
{
    /// <summary>A page joins the family with <c>[EnableRateLimiting(SignInThrottling.PolicyName)]</c>; only its posts are limited.</summary>
    public const string PolicyName = "sign-in";

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInThrottlingOptions>().Bind(configuration.GetSection(SignInThrottlingOptions.Section));
        services.AddSingleton<SignInPauses>();
        return services;
    }

    /// <summary>After request localisation (the 429 page speaks the reader's language), before anything costly.</summary>
    public static IApplicationBuilder UseSignInThrottling(this IApplicationBuilder app)
    {
        return app.Use(PausePairsAsync);
    }

    internal static bool IsSignInPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == PolicyName;

    private static async Task PausePairsAsync(HttpContext context, RequestDelegate next)
    {
        if (IsSignInPost(context))
        {
            var attempt = await SignInAttempt.ReadAsync(context);
            var pauses = context.RequestServices.GetRequiredService<SignInPauses>();
            if (pauses.PauseLeft(attempt) is { } wait)
            {
                Log(context, "paused pair", attempt);
                await TooManyAttemptsResponse.WriteAsync(context, wait, context.RequestAborted);
                return;
            }
            pauses.Count(attempt);
        }
        await next(context);
    }

    private static void Log(HttpContext context, string reason, SignInAttempt attempt) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInThrottling))
            .LogWarning("Sign-in post to {Path} refused ({Reason}) for client {Client}", context.Request.Path, reason, attempt.Client);
}
