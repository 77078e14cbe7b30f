using System.Globalization;
using Alliance.Web.Features.Exports;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Workplans;

/// <summary>A group's workplan as the downloads show it: one row per live activity, in the user's language.</summary>
public static class WorkplanExport
{
    public static ExportTable Tabulate(GroupSummary group, IReadOnlyList<ActivityRow> activities, IStringLocalizer<SharedStrings> localizer)
    {
        var culture = CultureInfo.CurrentUICulture;
        ExportColumn[] columns =
        [
            new(localizer["Objective"], 30), new(localizer["Activity"], 60), new(localizer["CategoryOfWork"], 22), new(localizer["Status"], 16),
            new(localizer["PercentComplete"], 12), new(localizer["StartDate"], 12), new(localizer["DueDate"], 12),
            new(localizer["DeliverableLabel"], 50), new(localizer["LastUpdate"], 14),
        ];
        var rows = activities.Select(a => (IReadOnlyList<object?>)
            [
                a.Objective.Full(culture), a.Title, a.Category.For(culture), localizer.Enum(a.Status), a.PercentComplete,
                a.StartDate, a.DueDate, a.Deliverable, a.LastUpdate is { } t ? DateOnly.FromDateTime(t) : null,
            ])
            .ToList();
        return new ExportTable(TableExport.SheetName(group.ShortName, group.Slug), columns, rows);
    }
}
