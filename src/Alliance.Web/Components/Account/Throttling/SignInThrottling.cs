using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Components.Account.Throttling;

/// <summary>
/// Throttling of the sign-in family's posts (sign-in, two-factor code, recovery code, forgotten
/// password, password reset, invitation): a pause per (client, account) pair after a few tries that did not sign in,
/// then ASP.NET Core's rate limiter per client address and per account. Every refusal is a 429 with
/// Retry-After and the <see cref="TooManyAttempts"/> page. Decision 0013 says why.
/// </summary>
public static class SignInThrottling
{
    /// <summary>A page joins the family with <c>[EnableRateLimiting(SignInThrottling.PolicyName)]</c>; only its posts are limited.</summary>
    public const string PolicyName = "sign-in";

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInThrottlingOptions>().Bind(configuration.GetSection(SignInThrottlingOptions.Section));
        services.AddSingleton<SignInPauses>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<SignInThrottlingOptions>>((limiter, settings) => ConfigureLimits(limiter, settings.Value));
        return services;
    }

    /// <summary>After request localisation (the 429 page speaks the reader's language), before anything costly.</summary>
    public static IApplicationBuilder UseSignInThrottling(this IApplicationBuilder app)
    {
        app.Use(PausePairsAsync);
        return app.UseRateLimiter();
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
            var tries = pauses.Count(attempt);
            SignInAttempt.Keep(context, attempt with { IsRetry = tries.Attempts > 1, Tries = tries });
        }
        await next(context);
    }

    private static void ConfigureLimits(RateLimiterOptions limiter, SignInThrottlingOptions settings)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (rejected, cancellationToken) =>
        {
            Log(rejected.HttpContext, "rate limit", SignInAttempt.Of(rejected.HttpContext));
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : settings.PerClient.Window;
            return new ValueTask(TooManyAttemptsResponse.WriteAsync(rejected.HttpContext, wait, cancellationToken));
        };

        // The framework gives a policy one partition key; the second one, per account, is the global
        // limiter, which applies only to the posts of pages that carry this policy. It counts retries
        // only: a client's first try for an account is never refused by it, so flooding an account
        // from elsewhere cannot keep its person out (they sign in at the first try), while guesses
        // beyond one per address share the account's ceiling.
        limiter.AddPolicy(PolicyName, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter("client " + SignInAttempt.Of(context).Client, _ => Window(settings.PerClient))
            : RateLimitPartition.GetNoLimiter(""));
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsSignInPost(context) && SignInAttempt.Of(context) is { Account: { } account, IsRetry: true }
                ? RateLimitPartition.GetFixedWindowLimiter("account " + account, _ => Window(settings.PerAccount))
                : RateLimitPartition.GetNoLimiter(""));
    }

    private static FixedWindowRateLimiterOptions Window(SignInThrottlingOptions.WindowLimit limit) => new()
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static void Log(HttpContext context, string reason, SignInAttempt attempt) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInThrottling))
            .LogWarning("Sign-in post to {Path} refused ({Reason}) for client {Client}", context.Request.Path, reason, attempt.Client);
}
