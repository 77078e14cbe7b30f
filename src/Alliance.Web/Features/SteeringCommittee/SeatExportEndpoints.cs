using Alliance.Web.Features.Exports;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.SteeringCommittee;

public static class SeatExportEndpoints
{
    /// <summary>The seat downloads linked from the steering-committee page, for every signed-in user.</summary>
    public static IEndpointRouteBuilder MapSeatExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapTableDownload("/steering-committee/seats", async (context, cancellationToken) =>
        {
            var services = context.RequestServices;
            var (today, seats) = await services.GetRequiredService<SteeringCommitteeService>().GetSeatsAsync(cancellationToken);
            var table = SeatExport.Tabulate(seats, today,
                services.GetRequiredService<IStringLocalizer<SteeringCommitteeStrings>>(), services.GetRequiredService<IStringLocalizer<SharedStrings>>());
            return (table, SeatExport.FileStem);
        });
}
