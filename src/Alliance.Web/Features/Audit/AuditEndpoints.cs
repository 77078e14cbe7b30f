using Alliance.Web.Features.Exports;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Audit;

public static class AuditEndpoints
{
    /// <summary>The audit trail downloads linked from <c>/admin/audit</c>, with the page's filters; staff only.</summary>
    public static IEndpointRouteBuilder MapAuditExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapTableDownload("/admin/audit/entries", async (context, cancellationToken) =>
        {
            var services = context.RequestServices;
            var (_, rows) = await services.GetRequiredService<AuditTrailService>().GetExportAsync(AuditQuery.FromQuery(context.Request.Query), cancellationToken);
            return rows is null ? null : (AuditExport.Tabulate(rows, services.GetRequiredService<IStringLocalizer<AuditStrings>>(),
                services.GetRequiredService<IStringLocalizer<SharedStrings>>()), "audit-trail");
        }, PortalPolicies.Staff);
}
