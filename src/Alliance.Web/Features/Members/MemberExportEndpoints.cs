using Alliance.Web.Features.Exports;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Members;

public static class MemberExportEndpoints
{
    /// <summary>
    /// The register downloads linked from the members page. They take the page's query string, so
    /// they hold what the page selects (every page of it); without one, the whole register.
    /// </summary>
    public static IEndpointRouteBuilder MapMemberExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapTableDownload("/members/register", async (context, cancellationToken) =>
        {
            var services = context.RequestServices;
            var members = await services.GetRequiredService<MemberRegisterService>().GetExportAsync(MemberQuery.From(context.Request.Query), cancellationToken);
            var table = MemberExport.Tabulate(members, services.GetRequiredService<IStringLocalizer<SharedStrings>>(),
                services.GetRequiredService<IStringLocalizer<MemberStrings>>());
            return (table, "member-register");
        });
}
