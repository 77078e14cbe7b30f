using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Alliance.Web.Features.Exports;

/// <summary>A column of a download: its header (already in the user's language) and its Excel width.</summary>
public sealed record ExportColumn(string Header, double Width);

/// <summary>
/// A table to download. Each cell is a <see cref="string"/>, an <see cref="int"/>, a
/// <see cref="decimal"/>, a <see cref="DateOnly"/> or null; texts are already in the user's language.
/// </summary>
public sealed record ExportTable(string SheetName, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Writes any <see cref="ExportTable"/> as an Excel workbook or an RFC 4180 CSV file.</summary>
public static class TableExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const int SheetNameMaxLength = 31;
    private static readonly char[] s_formulaTriggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string FileName(string name, DateOnly date, string extension) =>
        $"{name}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>Excel refuses sheet names over 31 characters or with any of []:*?/\ in them.</summary>
    public static string SheetName(string name, string fallback)
    {
        var cleaned = new string(name.Where(c => !"[]:*?/\\".Contains(c) && !char.IsControl(c)).ToArray()).Trim().Trim('\'');
        if (cleaned.Length == 0)
        {
            cleaned = fallback;
        }
        return cleaned.Length > SheetNameMaxLength ? cleaned[..SheetNameMaxLength].TrimEnd() : cleaned;
    }

    /// <summary>
    /// Would a spreadsheet read this text as a formula? OWASP's list of leading characters
    /// for CSV injection.
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && s_formulaTriggers.Contains(text[0]);

    /// <summary>UTF-8 with a byte-order mark, so that Excel reads accents right; CRLF line ends.</summary>
    public static byte[] ToCsv(ExportTable table)
    {
        var csv = new StringBuilder();
        AppendCsvLine(csv, table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows)
        {
            AppendCsvLine(csv, row.Select(CsvText));
        }
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    public static byte[] ToXlsx(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var sheetData = new SheetData();
            var header = new Row { RowIndex = 1 };
            for (var c = 0; c < table.Columns.Count; c++)
            {
                header.Append(TextCell(c, 1, table.Columns[c].Header, HeaderStyle));
            }
            sheetData.Append(header);
            uint r = 2;
            foreach (var row in table.Rows)
            {
                var line = new Row { RowIndex = r };
                for (var c = 0; c < row.Count; c++)
                {
                    if (XlsxCell(c, r, row[c]) is { } cell)
                    {
                        line.Append(cell);
                    }
                }
                sheetData.Append(line);
                r++;
            }

            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(FrozenHeaderRow(), Columns(table.Columns), sheetData);
            workbookPart.Workbook.AppendChild(new Sheets()).Append(
                new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = table.SheetName });
        }
        return stream.ToArray();
    }

    private static string CsvText(object? cell) => cell switch
    {
        null => "",
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static Cell? XlsxCell(int column, uint row, object? cell) => cell switch
    {
        null => null,
        string text => TextCell(column, row, text),
        DateOnly date => DateCell(column, row, date),
        int number => new Cell(new CellValue(number)) { CellReference = Reference(column, row), DataType = CellValues.Number },
        decimal number => new Cell(new CellValue(number)) { CellReference = Reference(column, row), DataType = CellValues.Number },
        _ => TextCell(column, row, CsvText(cell)),
    };

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

    private static Columns Columns(IReadOnlyList<ExportColumn> columns) =>
        new(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true }));

    private static Cell TextCell(int column, uint row, string text, uint? style = null) => new(new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style ?? (LooksLikeFormula(text) ? QuotedTextStyle : null),
    };

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
