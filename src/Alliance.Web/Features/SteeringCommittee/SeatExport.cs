using Alliance.Web.Features.Exports;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.SteeringCommittee;

/// <summary>The 21 seats with their current holders as the downloads show them, in the user's language.</summary>
public static class SeatExport
{
    public const string FileStem = "steering-committee-seats";

    public static ExportTable Tabulate(IReadOnlyList<SeatRow> seats, DateOnly today, IStringLocalizer<SteeringCommitteeStrings> text, IStringLocalizer<SharedStrings> shared)
    {
        ExportColumn[] columns =
        [
            new(shared["Seat"], 8), new(shared["Status"], 24), new(shared["Holder"], 45), new(shared["Field_Acronym"], 12),
            new(shared["OrganisationTypeLabel"], 26), new(shared["Scope"], 12), new(shared["Country"], 22), new(shared["Representative"], 26),
            new(shared["Field_Termstart"], 13), new(shared["Field_TermEndsOn"], 13), new(text["VacantSinceColumn"], 13),
        ];
        var rows = seats.Select(seat =>
            {
                var holder = seat.Current?.Holder;
                return (IReadOnlyList<object?>)
                [
                    seat.Number, text[$"SeatStatus_{seat.Status(today)}"].Value, holder?.Name, holder?.Acronym,
                    holder is null ? null : shared.Enum(holder.Type), holder is null ? null : shared.Enum(holder.Scope),
                    holder?.CountryCode is { } country ? Countries.Name(country) : null, seat.Current?.Representative,
                    seat.Current?.StartDate, seat.Current?.TermEndsOn, seat.VacantSince,
                ];
            })
            .ToList();
        return new ExportTable(TableExport.SheetName(text["SheetName"], "Seats"), columns, rows);
    }
}
