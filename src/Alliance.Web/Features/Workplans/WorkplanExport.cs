using System.Globalization;
using System.Text;
using System.Xml;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Workplans;

/// <summary>A group's workplan as the downloads show it: texts already in the user's language.</summary>
public sealed record WorkplanTable(string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<WorkplanTableRow> Rows);

public sealed record WorkplanTableRow(
    string Objective, string Activity, string Category, string Status, int PercentComplete,
    DateOnly StartDate, DateOnly DueDate, string? Deliverable, DateOnly? LastUpdate);

/// <summary>Builds the workplan downloads: an Excel workbook and an RFC 4180 CSV file.</summary>
public static class WorkplanExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const int SheetNameMaxLength = 31;
    private static readonly char[] s_formulaTriggers = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Headers, statuses, objectives and categories in the current UI culture.</summary>
    public static WorkplanTable Tabulate(GroupSummary group, IReadOnlyList<ActivityRow> activities, IStringLocalizer<SharedStrings> localizer)
    {
        var culture = CultureInfo.CurrentUICulture;
        string[] headers =
        [
            localizer["Objective"], localizer["Activity"], localizer["CategoryOfWork"], localizer["Status"], localizer["PercentComplete"],
            localizer["StartDate"], localizer["DueDate"], localizer["DeliverableLabel"], localizer["LastUpdate"],
        ];
        var rows = activities.Select(a => new WorkplanTableRow(
                ObjectiveName(a, localizer), a.Title, a.Category.For(culture), localizer.Enum(a.Status), a.PercentComplete,
                a.StartDate, a.DueDate, a.Deliverable, a.LastUpdate is { } t ? DateOnly.FromDateTime(AsUtc(t)) : null))
            .ToList();
        return new WorkplanTable(SheetName(group.ShortName, group.Slug), headers, rows);
    }

    public static string FileName(string slug, DateOnly date, string extension) =>
        $"{slug}-workplan-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>Excel refuses sheet names over 31 characters or with any of []:*?/\ in them.</summary>
    public static string SheetName(string shortName, string fallback)
    {
        var name = new string(shortName.Where(c => !"[]:*?/\\".Contains(c) && !char.IsControl(c)).ToArray()).Trim().Trim('\'');
        if (name.Length == 0)
        {
            name = fallback;
        }
        return name.Length > SheetNameMaxLength ? name[..SheetNameMaxLength].TrimEnd() : name;
    }

    /// <summary>
    /// Would a spreadsheet read this text as a formula? OWASP's list of leading characters
    /// for CSV injection.
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && s_formulaTriggers.Contains(text[0]);

    /// <summary>UTF-8 with a byte-order mark, so that Excel reads accents right; CRLF line ends.</summary>
    public static byte[] ToCsv(WorkplanTable table)
    {
        var csv = new StringBuilder();
        AppendCsvLine(csv, table.Headers);
        foreach (var row in table.Rows)
        {
            AppendCsvLine(csv,
            [
                row.Objective, row.Activity, row.Category, row.Status, row.PercentComplete.ToString(CultureInfo.InvariantCulture),
                IsoDate(row.StartDate), IsoDate(row.DueDate), row.Deliverable ?? "", row.LastUpdate is { } d ? IsoDate(d) : "",
            ]);
        }
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    public static byte[] ToXlsx(WorkplanTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var sheetData = new SheetData();
            var header = new Row { RowIndex = 1 };
            for (var c = 0; c < table.Headers.Count; c++)
            {
                header.Append(TextCell(c, 1, table.Headers[c], HeaderStyle));
            }
            sheetData.Append(header);
            uint r = 2;
            foreach (var row in table.Rows)
            {
                var line = new Row { RowIndex = r };
                line.Append(
                    TextCell(0, r, row.Objective), TextCell(1, r, row.Activity), TextCell(2, r, row.Category), TextCell(3, r, row.Status),
                    NumberCell(4, r, row.PercentComplete), DateCell(5, r, row.StartDate), DateCell(6, r, row.DueDate));
                if (row.Deliverable is not null)
                {
                    line.Append(TextCell(7, r, row.Deliverable));
                }
                if (row.LastUpdate is { } lastUpdate)
                {
                    line.Append(DateCell(8, r, lastUpdate));
                }
                sheetData.Append(line);
                r++;
            }

            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(FrozenHeaderRow(), Columns(), sheetData);
            workbookPart.Workbook.AppendChild(new Sheets()).Append(
                new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = table.SheetName });
        }
        return stream.ToArray();
    }

    private static string ObjectiveName(ActivityRow activity, IStringLocalizer<SharedStrings> localizer)
    {
        // As the page's ObjectiveName component: "Objective A — title" for a strategic objective, a secondary priority by its title.
        var title = activity.ObjectiveTitle.For(CultureInfo.CurrentUICulture);
        return activity.ObjectiveCode.Length == 1 ? $"{localizer["ObjectiveLabel", activity.ObjectiveCode]} — {title}" : title;
    }

    private static DateTime AsUtc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AppendCsvLine(StringBuilder csv, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                csv.Append(',');
            }
            first = false;
            var value = LooksLikeFormula(field) ? "'" + field : field;
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(value);
            }
        }
        csv.Append("\r\n");
    }

    // Cell formats, by index in the stylesheet below.
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint QuotedTextStyle = 3;
    private const uint IsoDateFormatId = 164;

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = IsoDateFormatId, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = IsoDateFormatId, ApplyNumberFormat = true },
            // Excel's own mark for a text typed with a leading apostrophe: shown as typed, never evaluated, even once edited.
            new CellFormat { QuotePrefix = true }) { Count = 4 });

    private static SheetViews FrozenHeaderRow() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
    {
        WorkbookViewId = 0,
    });

    private static Columns Columns()
    {
        double[] widths = [30, 60, 22, 16, 12, 12, 12, 50, 14];
        return new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
    }

    private static Cell TextCell(int column, uint row, string text, uint? style = null) => new(new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style ?? (LooksLikeFormula(text) ? QuotedTextStyle : null),
    };

    private static Cell NumberCell(int column, uint row, int value) =>
        new(new CellValue(value)) { CellReference = Reference(column, row), DataType = CellValues.Number };

    private static Cell DateCell(int column, uint row, DateOnly date) => new(new CellValue(
        (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)))
    {
        CellReference = Reference(column, row),
        StyleIndex = DateStyle,
    };

    private static string Reference(int column, uint row) => $"{(char)('A' + column)}{row}";

    // A stray control character in a title would otherwise make the XML writer throw and the whole download fail.
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
}
