using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

using Alliance.Data.Identity;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    // The endpoints the Identity components in /Components/Account need besides the pages themselves.
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        // A form post, so the antiforgery middleware validates it before the user is signed out.
        // Anonymous too: an expired session must not send the sign-out through the login page.
        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(ToLocalPath(returnUrl));
        }).AllowAnonymous();

        return accountGroup;
    }

    // returnUrl is base-relative ("workplans/3"). Stripping leading slashes means "//evil.example"
    // can only become the local "~/evil.example"; control characters would make LocalRedirect throw.
    internal static string ToLocalPath(string? returnUrl)
    {
        var path = "~/" + (returnUrl ?? "").TrimStart('/', '\\');
        return path.Any(char.IsControl) ? "~/" : path;
    }
}
