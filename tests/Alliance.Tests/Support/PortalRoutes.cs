using System.Reflection;
using Alliance.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Support;

/// <summary>A page or a GET endpoint of the portal, at an address that exists in the demo data, and the query names it reads.</summary>
public sealed record PortalRoute(string Pattern, string Url, Type? Page, IReadOnlyList<string> QueryNames)
{
    public bool IsInteractivePage => Page is not null && Page.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is null;

    public override string ToString() => Url;
}

public static class PortalRoutes
{
    /// <summary>
    /// Every routable page and GET endpoint the running portal maps (static files, file fallbacks and the
    /// Blazor hub aside), read from its own endpoint table so that a new page is covered without editing a list;
    /// route values are real demo ids, and a route value nobody taught this method fails loudly.
    /// </summary>
    public static async Task<IReadOnlyList<PortalRoute>> AllAsync(WebApplicationFactory<Program> portal)
    {
        var demo = await DemoIdsAsync(portal);
        return portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Where(e => !e.RoutePattern.RawText!.TrimStart('/').StartsWith('_') && !e.RoutePattern.Parameters.Any(p => p.IsCatchAll))
            .Select(e => new PortalRoute(
                e.RoutePattern.RawText!,
                Concrete(e.RoutePattern, demo),
                e.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type,
                QueryNames(e)))
            .DistinctBy(r => r.Url)
            .OrderBy(r => r.Url, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<string> QueryNames(RouteEndpoint endpoint)
    {
        var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type is { } page)
        {
            return page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (Property: p, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(p => p.Query is not null)
                .Select(p => p.Query!.Name ?? p.Property.Name)
                .ToList();
        }
        return endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Where(p => p.ParameterInfo.ParameterType != typeof(HttpContext) && p.ParameterInfo.ParameterType != typeof(CancellationToken))
            .Select(p => p.Name)
            .Where(name => !routeValues.Contains(name))
            .ToList();
    }

    private static string Concrete(RoutePattern pattern, IReadOnlyDictionary<string, string> demo)
    {
        var first = pattern.PathSegments.Count > 0 && pattern.PathSegments[0].Parts[0] is RoutePatternLiteralPart literal ? literal.Content : "";
        var url = string.Concat(pattern.PathSegments.Select(segment => "/" + string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternSeparatorPart s => s.Content,
            RoutePatternParameterPart p => demo.TryGetValue($"{pattern.RawText}:{p.Name.ToLowerInvariant()}", out var value)
                || demo.TryGetValue($"{first}/{p.Name.ToLowerInvariant()}", out value) || demo.TryGetValue(p.Name.ToLowerInvariant(), out value)
                ? value
                : throw new InvalidOperationException($"No demo value for {{{p.Name}}} in {pattern.RawText}: teach PortalRoutes one."),
            _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}"),
        }))));
        return url.Length == 0 ? "/" : url;
    }

    private static async Task<IReadOnlyDictionary<string, string>> DemoIdsAsync(WebApplicationFactory<Program> portal)
    {
        await using var db = portal.Services.GetRequiredService<IDbContextFactory<AllianceDbContext>>().CreateDbContext();
        return new Dictionary<string, string>
        {
            ["activities/id"] = (await db.Activities.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["members/id"] = (await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["plans/slug"] = await db.StrategicPlans.OrderBy(p => p.StartYear).Select(p => p.StartYear + "-" + p.EndYear).FirstAsync(),
            // The editor's desks show on a draft only: the demo's 2021–2025 strategy.
            ["/plans/{Slug}/edit:slug"] = await db.StrategicPlans.Where(p => p.Status == Alliance.Domain.Plans.PlanStatus.Draft).OrderBy(p => p.StartYear)
                .Select(p => p.StartYear + "-" + p.EndYear).FirstAsync(),
            ["slug"] = await db.WorkingGroups.OrderBy(g => g.Slug).Select(g => g.Slug).FirstAsync(),
            ["code"] = await db.Objectives.Where(o => o.Plan.Status == Alliance.Domain.Plans.PlanStatus.InForce).OrderBy(o => o.Code).Select(o => o.Code).FirstAsync(),
        };
    }
}
