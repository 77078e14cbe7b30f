using Microsoft.AspNetCore.Components.Authorization;

namespace Alliance.Web.Features.Exports;

/// <summary>Maps a download as both <c>{pattern}.xlsx</c> and <c>{pattern}.csv</c>, behind sign-in like every page.</summary>
public static class ExportEndpoints
{
    /// <summary>
    /// <paramref name="tabulate"/> builds the table for the request (in its culture) from the
    /// route values, or returns null for 404; <paramref name="fileStem"/> names the file. A
    /// <paramref name="policy"/> restricts the download further than sign-in.
    /// </summary>
    public static IEndpointRouteBuilder MapTableDownload(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<HttpContext, CancellationToken, Task<(ExportTable Table, string FileStem)?>> tabulate,
        string? policy = null)
    {
        var xlsx = endpoints.MapGet(pattern + ".xlsx", (HttpContext context, CancellationToken cancellationToken) =>
            DownloadAsync(context, "xlsx", TableExport.XlsxContentType, TableExport.ToXlsx, tabulate, cancellationToken));
        var csv = endpoints.MapGet(pattern + ".csv", (HttpContext context, CancellationToken cancellationToken) =>
            DownloadAsync(context, "csv", TableExport.CsvContentType, TableExport.ToCsv, tabulate, cancellationToken));
        if (policy is not null)
        {
            xlsx.RequireAuthorization(policy);
            csv.RequireAuthorization(policy);
        }
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        HttpContext context, string extension, string contentType, Func<ExportTable, byte[]> write,
        Func<HttpContext, CancellationToken, Task<(ExportTable Table, string FileStem)?>> tabulate, CancellationToken cancellationToken)
    {
        var services = context.RequestServices;
        // Outside a Razor component nobody hands the sign-in to the authentication state provider that CurrentUser reads.
        if (services.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        }
        if (await tabulate(context, cancellationToken) is not { } found)
        {
            return Results.NotFound();
        }
        // Names of representatives, leads and contacts: no browser or proxy keeps a copy.
        context.Response.Headers.CacheControl = "no-store";
        var today = services.GetRequiredService<TimeProvider>().Today();
        return Results.File(write(found.Table), contentType, TableExport.FileName(found.FileStem, today, extension));
    }
}
