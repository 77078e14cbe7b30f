using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Web.Components.Account.Throttling;

/// <summary>Who is trying to sign in, as the limits count them: from which client address, for which account.</summary>
/// <param name="Client">The client address; an IPv6 client by its /64 network, which one subscriber usually holds whole.</param>
/// <param name="Account">The e-mail address posted (trimmed, upper case), or the user waiting for a second factor; null when neither.</param>
public sealed record SignInAttempt(string Client, string? Account)
{
    /// <summary>This client has already tried this account without signing in (the pause counts it, see <see cref="SignInPauses"/>).</summary>
    public bool IsRetry { get; init; }

    /// <summary>What the pause counted for this post (this pair's tries, and the pause it starts if it fails).</summary>
    public SignInPauses.PairTries? Tries { get; init; }

    /// <summary>The sign-in form's e-mail field; the forgotten-password form posts the same field and is counted the same way.</summary>
    public const string EmailField = "Input.Email";

    private const int LongestAccountKey = 256;

    /// <summary>The attempt of a sign-in family post, read once (the form asynchronously) and kept for the rest of the request.</summary>
    public static async Task<SignInAttempt> ReadAsync(HttpContext context)
    {
        if (context.Items[typeof(SignInAttempt)] is SignInAttempt read)
        {
            return read;
        }
        string? account = null;
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            account = AccountKey(form[EmailField]);
        }
        if (account is null)
        {
            // The two-factor and recovery-code pages post no address: their account is the one that gave its password.
            var waiting = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
            account = waiting.Principal?.FindFirstValue(ClaimTypes.Name) is { Length: > 0 } userId ? "user " + userId : null;
        }
        var attempt = new SignInAttempt(ClientKey(context.Connection.RemoteIpAddress), account);
        Keep(context, attempt);
        return attempt;
    }

    public static void Keep(HttpContext context, SignInAttempt attempt) => context.Items[typeof(SignInAttempt)] = attempt;

    /// <summary>The attempt already read for this request, or one with only the client address.</summary>
    public static SignInAttempt Of(HttpContext context) =>
        context.Items[typeof(SignInAttempt)] as SignInAttempt ?? new SignInAttempt(ClientKey(context.Connection.RemoteIpAddress), null);

    public static SignInAttempt For(HttpContext context, string email) =>
        new(ClientKey(context.Connection.RemoteIpAddress), AccountKey(email));

    public static string? AccountKey(string? email)
    {
        var key = email?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(key) ? null : key.Length > LongestAccountKey ? key[..LongestAccountKey] : key;
    }

    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
