using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Features.Mail;

/// <summary>The portal's own public address (section <c>Portal</c>).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The address people open the portal at ("https://portal.example.org/"). Empty: the address of
    /// the request or the page that sends the mail (its host already checked against AllowedHosts,
    /// its scheme as the known proxies report it).
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>The configured address as an absolute http(s) URI ending in '/', or null when none is set.</summary>
    public Uri? PublicBase => string.IsNullOrWhiteSpace(PublicUrl)
        ? null
        : Uri.TryCreate(PublicUrl.EndsWith('/') ? PublicUrl : PublicUrl + "/", UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri
            : throw new InvalidOperationException($"{Section}:PublicUrl must be an absolute http(s) address; it is '{PublicUrl}'.");
}

/// <summary>Absolute links into the portal, for messages read outside it.</summary>
public sealed class PortalLinks(IOptions<PortalOptions> options, NavigationManager navigation, IHttpContextAccessor accessor)
{
    public Uri To(string path, IDictionary<string, string?> query) =>
        new(new Uri(BaseUri()), QueryHelpers.AddQueryString(path.TrimStart('/'), query));

    private string BaseUri()
    {
        if (options.Value.PublicBase is { } configured)
        {
            return configured.AbsoluteUri;
        }
        try
        {
            // A static page and an interactive one alike: the address the person's browser uses.
            return navigation.BaseUri;
        }
        catch (InvalidOperationException)
        {
            if (accessor.HttpContext?.Request is { } request)
            {
                return $"{request.Scheme}://{request.Host}{request.PathBase}/";
            }
            throw new InvalidOperationException($"No address to link to: set {PortalOptions.Section}:PublicUrl.");
        }
    }
}
