using System.Security.Claims;

namespace Alliance.Web.Components.Account;

/// <summary>
/// Whether a sign-in was made with a second factor: Identity marks such a sign-in with the claim
/// <c>amr=mfa</c> (authenticator code or recovery code). Staff powers need it (docs/security.md).
/// </summary>
public static class SecondFactor
{
    public const string ClaimType = "amr";
    public const string ClaimValue = "mfa";

    public static bool Used(ClaimsPrincipal principal) => principal.HasClaim(ClaimType, ClaimValue);
}
