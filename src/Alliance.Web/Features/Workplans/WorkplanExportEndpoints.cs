using Alliance.Web.Features.Exports;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Workplans;

public static class WorkplanExportEndpoints
{
    /// <summary>The workplan downloads linked from the working-group page.</summary>
    public static IEndpointRouteBuilder MapWorkplanExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapTableDownload("/working-groups/{slug}/workplan", async (context, cancellationToken) =>
        {
            var slug = (string)context.GetRouteValue("slug")!;
            var services = context.RequestServices;
            if (await services.GetRequiredService<WorkplanService>().GetExportAsync(slug, cancellationToken) is not { } found)
            {
                return null;
            }
            var table = WorkplanExport.Tabulate(found.Group, found.Activities, services.GetRequiredService<IStringLocalizer<SharedStrings>>());
            return (table, $"{found.Group.Slug}-workplan");
        });
}
