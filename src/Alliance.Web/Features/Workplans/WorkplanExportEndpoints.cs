using Alliance.Web.Resources;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Workplans;

public static class WorkplanExportEndpoints
{
    /// <summary>
    /// The workplan downloads linked from the working-group page. No AllowAnonymous: the fallback
    /// policy keeps them behind sign-in like the page itself.
    /// </summary>
    public static IEndpointRouteBuilder MapWorkplanExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/working-groups/{slug}/workplan.xlsx", (string slug, HttpContext context, CancellationToken cancellationToken) =>
            DownloadAsync(context, slug, "xlsx", WorkplanExport.XlsxContentType, WorkplanExport.ToXlsx, cancellationToken));
        endpoints.MapGet("/working-groups/{slug}/workplan.csv", (string slug, HttpContext context, CancellationToken cancellationToken) =>
            DownloadAsync(context, slug, "csv", WorkplanExport.CsvContentType, WorkplanExport.ToCsv, cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        HttpContext context, string slug, string extension, string contentType, Func<WorkplanTable, byte[]> write, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        // Outside a Razor component nobody hands the sign-in to the authentication state provider that CurrentUser reads.
        if (services.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        }
        var export = await services.GetRequiredService<WorkplanService>().GetExportAsync(slug, cancellationToken);
        if (export is not { } found)
        {
            return Results.NotFound();
        }
        var table = WorkplanExport.Tabulate(found.Group, found.Activities, services.GetRequiredService<IStringLocalizer<SharedStrings>>());
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        return Results.File(write(table), contentType, WorkplanExport.FileName(found.Group.Slug, today, extension));
    }
}
