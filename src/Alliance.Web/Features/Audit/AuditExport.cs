using System.Globalization;
using Alliance.Web.Features.Exports;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Audit;

/// <summary>The audit trail as its download shows it: one line per entry, values before and after in one cell each.</summary>
public static class AuditExport
{
    public static ExportTable Tabulate(IReadOnlyList<AuditRow> rows, IStringLocalizer<AuditStrings> text, IStringLocalizer<SharedStrings> shared)
    {
        ExportColumn[] columns =
        [
            new(text["Number"], 10), new(text["WhenUtc"], 20), new(text["Who"], 28), new(text["Address"], 16), new(text["What"], 40),
            new(text["Entity"], 18), new(text["EntityKey"], 14), new(text["Kind"], 12), new(text["Before"], 60), new(text["After"], 60),
        ];
        var table = rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Id.ToString(CultureInfo.InvariantCulture), r.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.ActorName, r.Address,
                AuditActions.Describe(r.Action, text), r.Entity is null ? null : EntityName(text, r.Entity), r.EntityKey, text[$"Kind_{r.Kind}"].Value,
                Side(r.Changes, c => c.Old, shared), Side(r.Changes, c => c.New, shared),
            ])
            .ToList();
        return new ExportTable(TableExport.SheetName(text["SheetName"], "Audit"), columns, table);
    }

    /// <summary>The kind of row in the reader's language, or its stored name when the portal has no word for it.</summary>
    public static string EntityName(IStringLocalizer<AuditStrings> text, string entity)
    {
        var name = text[$"Entity_{entity}"];
        return name.ResourceNotFound ? entity : name.Value;
    }

    /// <summary>A recorded column (or an event's detail) by the name forms give it, or as stored when the portal has no word for it.</summary>
    public static string FieldName(IStringLocalizer<SharedStrings> text, string field)
    {
        var name = text[LocalizerExtensions.FieldKey(field)];
        return name.ResourceNotFound ? field : name.Value;
    }

    private static string? Side(IReadOnlyList<AuditChange> changes, Func<AuditChange, string?> side, IStringLocalizer<SharedStrings> text)
    {
        var values = changes.Where(c => side(c) is not null).Select(c => $"{FieldName(text, c.Field)}: {side(c)}").ToList();
        return values.Count == 0 ? null : string.Join("\n", values);
    }
}
