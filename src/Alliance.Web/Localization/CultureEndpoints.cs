using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace Alliance.Web.Localization;

public static class CultureEndpoints
{
    public const string SetCulturePath = "/culture/set";

    /// <summary>
    /// Remembers the chosen language in a cookie for a year and goes back to the page. A plain
    /// link, so it works on static pages without JavaScript.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SetCulturePath, (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (culture is not null && PortalCultures.All.Contains(culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        IsEssential = true,
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                        Secure = context.Request.IsHttps,
                    });
            }
            // The very test LocalRedirect applies (it throws, hence a 500, on anything else: "/\t/x").
            return Results.LocalRedirect(RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous();
        return endpoints;
    }
}
