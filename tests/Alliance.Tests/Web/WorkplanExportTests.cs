using System.Globalization;
using System.Net;
using System.Text;
using Alliance.Data;
using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;
using Alliance.Tests.Support;
using Alliance.Web.Features.Exports;
using Alliance.Web.Features.Plans;
using Alliance.Web.Features.Workplans;
using Alliance.Web.Resources;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alliance.Tests.Web;

[Collection(PortalCollection.Name)]
public sealed class WorkplanExportTests(PortalFactory portal)
{
    private const string KnownTitle = "Revise the Child Protection Minimum Standards (2019 edition)";

    private static readonly string[] EnglishHeaders =
        ["Objective", "Activity", "Category of work", "Status", "Percent complete", "Start", "Due", "Deliverable", "Last update"];

    private static readonly string[] FrenchHeaders =
        ["Objectif", "Activité", "Catégorie de travail", "Statut", "Avancement (%)", "Début", "Échéance", "Livrable", "Dernière mise à jour"];

    [Fact]
    public async Task CsvDownload_ListsEveryLiveActivity_UnderEnglishHeaders()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var (response, days) = await DownloadAsync(client, "/working-groups/cpms/workplan.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains(response.Content.Headers.ContentDisposition.FileNameStar, days.Select(d => $"cpms-workplan-{d:yyyy-MM-dd}.csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(EnglishHeaders, rows[0]);
        var expected = await LiveActivitiesAsync("cpms");
        Assert.Equal(expected.Count, rows.Count - 1);
        Assert.Equal(expected.Select(a => a.Title).Order(), rows.Skip(1).Select(r => r[1]).Order());

        var known = expected.Single(a => a.Title == KnownTitle);
        var row = rows.Single(r => r[1] == KnownTitle);
        Assert.StartsWith("Strategic objective B — ", row[0], StringComparison.Ordinal);
        Assert.Equal(known.CategoryEn, row[2]);
        Assert.Equal("Completed", row[3]);
        Assert.Equal("100", row[4]);
        Assert.Equal(known.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row[5]);
        Assert.Equal(known.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row[6]);
        Assert.Equal(known.Deliverable, row[7]);
        Assert.Equal(known.LastUpdate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row[8]);
    }

    [Fact]
    public async Task CsvDownload_InFrench_HasFrenchHeaders_StatusesAndCategories()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var response = await client.GetAsync("/working-groups/cpms/workplan.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = ParseCsv(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));
        Assert.Equal(FrenchHeaders, rows[0]);
        var expected = await LiveActivitiesAsync("cpms");
        Assert.Equal(expected.Count, rows.Count - 1);
        var row = rows.Single(r => r[1] == KnownTitle);
        Assert.StartsWith("Objectif stratégique B — ", row[0], StringComparison.Ordinal);
        Assert.Equal(expected.Single(a => a.Title == KnownTitle).CategoryFr, row[2]);
        Assert.Equal("Terminée", row[3]);
    }

    [Fact]
    public async Task XlsxDownload_IsAValidWorkbook_WithBoldFrozenHeaders_DateCells_AndEveryLiveActivity()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var (response, days) = await DownloadAsync(client, "/working-groups/cpms/workplan.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TableExport.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains(response.Content.Headers.ContentDisposition.FileNameStar, days.Select(d => $"cpms-workplan-{d:yyyy-MM-dd}.xlsx"));
        using var workbook = OpenWorkbook(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        Assert.Equal("CPMS", workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var rows = Rows(workbook);
        Assert.Equal(EnglishHeaders, rows[0].Select(c => CellText(workbook, c)));
        Assert.All(rows[0], c => Assert.NotNull(FontOf(workbook, c).Bold));
        var pane = Sheet(workbook).Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);

        var expected = await LiveActivitiesAsync("cpms");
        Assert.Equal(expected.Count, rows.Count - 1);
        var known = expected.Single(a => a.Title == KnownTitle);
        var row = rows.Single(r => CellText(workbook, r[1]) == KnownTitle);
        Assert.Equal("100", row[4].CellValue!.Text);
        Assert.True(row[4].DataType is null || row[4].DataType!.Value == CellValues.Number);
        AssertDateCell(workbook, row[5], known.StartDate);
        AssertDateCell(workbook, row[6], known.DueDate);
        AssertDateCell(workbook, row[8], known.LastUpdate!.Value);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task UnknownGroup_IsNotFound(string extension)
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var response = await client.GetAsync($"/working-groups/no-such-group/workplan.{extension}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task AnonymousUser_IsSentToSignIn(string extension)
    {
        var client = portal.CreateBrowserClient();

        var response = await client.GetAsync($"/working-groups/cpms/workplan.{extension}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.test\",\"Click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1,2)")]
    [InlineData("\tTabbed")]
    [InlineData("\rReturn")]
    public void Csv_PrefixesFormulaLikeTexts_WithAnApostrophe(string title)
    {
        var table = InEnglish(() => WorkplanExport.Tabulate(Group("CPMS"), [Activity(title, deliverable: title)], Localizer()));

        var rows = ParseCsv(Encoding.UTF8.GetString(TableExport.ToCsv(table)[3..]));

        Assert.Equal(2, rows.Count);
        Assert.Equal("'" + title, rows[1][1]);
        Assert.Equal("'" + title, rows[1][7]);
    }

    [Fact]
    public void Csv_QuotesFieldsWithCommasQuotesAndLineBreaks_AsRfc4180Says()
    {
        var table = InEnglish(() => WorkplanExport.Tabulate(Group("CPMS"), [Activity("Plain title", deliverable: "Guide, \"short\" edition\nin two parts")], Localizer()));

        var csv = Encoding.UTF8.GetString(TableExport.ToCsv(table)[3..]);

        Assert.Equal(
            "Strategic objective A — Integrated programming,Plain title,Standard setting,On track,40,2020-01-15,2020-12-31,"
            + "\"Guide, \"\"short\"\" edition\nin two parts\",2020-06-30\r\n",
            csv.Split("\r\n", 2)[1]);
        Assert.StartsWith(string.Join(",", EnglishHeaders) + "\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_WritesAFormulaLikeTitle_AsQuotedText_NeverAsAFormula()
    {
        const string title = "=HYPERLINK(\"http://evil.test\",\"Click\")";
        var table = InEnglish(() => WorkplanExport.Tabulate(Group("CPMS"), [Activity(title, deliverable: null)], Localizer()));

        using var workbook = OpenWorkbook(TableExport.ToXlsx(table));

        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        Assert.Empty(Sheet(workbook).Worksheet.Descendants<CellFormula>());
        var cell = Rows(workbook)[1][1];
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Equal(title, CellText(workbook, cell));
        Assert.True(Format(workbook, cell).QuotePrefix?.Value);
        Assert.Null(Format(workbook, Rows(workbook)[1][2]).QuotePrefix);
    }

    [Theory]
    [InlineData("CPMS", "CPMS")]
    [InlineData("L&D", "L&D")]
    [InlineData("A/B: [C]*?\\D", "AB CD")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("[]", "fallback")]
    [InlineData("A very long short name that Excel would refuse", "A very long short name that Exc")]
    public void SheetName_DropsWhatExcelRefuses_AndKeeps31Characters(string shortName, string expected)
    {
        var name = TableExport.SheetName(shortName, "fallback");

        Assert.Equal(expected, name);
        Assert.True(name.Length <= 31);
    }

    private static async Task<(HttpResponseMessage Response, DateOnly[] Days)> DownloadAsync(HttpClient client, string url)
    {
        // The file name carries the day of the download: allow for a request that straddles midnight UTC.
        var before = DateOnly.FromDateTime(DateTime.UtcNow);
        var response = await client.GetAsync(url);
        return (response, [before, DateOnly.FromDateTime(DateTime.UtcNow)]);
    }

    private sealed record LiveActivity(string Title, string CategoryEn, string CategoryFr, DateOnly StartDate, DateOnly DueDate, string? Deliverable, DateTime? LastUpdate);

    private async Task<List<LiveActivity>> LiveActivitiesAsync(string slug)
    {
        await using var db = portal.ArrangeDb();
        return await db.Activities.AsNoTracking()
            .Where(a => a.Workplan.WorkingGroup.Slug == slug && !a.IsArchived)
            .Select(a => new LiveActivity(a.Title, a.Category.NameEn, a.Category.NameFr, a.StartDate, a.DueDate, a.Deliverable,
                a.ProgressUpdates.Max(u => (DateTime?)u.RecordedAt)))
            .ToListAsync();
    }

    private static GroupSummary Group(string shortName) => new(
        1, "cpms", new LocalizedText("Child Protection Minimum Standards Working Group", "Groupe de travail CPMS"), shortName,
        new LocalizedText("Working group", "Groupe de travail"), [], [], new Dictionary<ActivityStatus, int>(), null);

    private static ActivityRow Activity(string title, string? deliverable) => new(
        1, title, new ElementName("A", new LocalizedText("Integrated programming", "Programmation intégrée"),
            new LocalizedText("Strategic objective", "Objectif stratégique")), new LocalizedText("Standard setting", "Normalisation"),
        ActivityStatus.OnTrack, 40, new DateOnly(2020, 1, 15), new DateOnly(2020, 12, 31), deliverable,
        new DateTime(2020, 6, 30, 23, 30, 0, DateTimeKind.Utc), AttentionReasons.None);

    private static StringLocalizer<SharedStrings> Localizer() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static T InEnglish<T>(Func<T> build)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            return build();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>RFC 4180, read independently of the writer under test.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.False(quoted, "Unterminated quoted field");
        Assert.True(field.Length == 0 && fields.Count == 0, "The last line has no CRLF");
        return rows;
    }

    private static SpreadsheetDocument OpenWorkbook(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static WorksheetPart Sheet(SpreadsheetDocument workbook) => workbook.WorkbookPart!.WorksheetParts.Single();

    private static List<Cell[]> Rows(SpreadsheetDocument workbook) =>
        Sheet(workbook).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToArray()).ToList();

    private static string CellText(SpreadsheetDocument workbook, Cell cell) => cell.DataType?.Value switch
    {
        var t when t == CellValues.InlineString => cell.InlineString!.InnerText,
        var t when t == CellValues.SharedString => workbook.WorkbookPart!.SharedStringTablePart!.SharedStringTable
            .Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText,
        _ => cell.CellValue?.Text ?? "",
    };

    private static CellFormat Format(SpreadsheetDocument workbook, Cell cell) =>
        workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    private static Font FontOf(SpreadsheetDocument workbook, Cell cell) =>
        workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)(Format(workbook, cell).FontId?.Value ?? 0));

    private static void AssertDateCell(SpreadsheetDocument workbook, Cell cell, DateOnly expected)
    {
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, "A date is a number in Excel");
        var serial = double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
        Assert.Equal(expected, DateOnly.FromDateTime(DateTime.FromOADate(serial)));
        var formatId = Format(workbook, cell).NumberFormatId!.Value;
        var code = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .SingleOrDefault(f => f.NumberFormatId!.Value == formatId)?.FormatCode?.Value;
        Assert.True(formatId is >= 14 and <= 22 || code?.Contains("yy", StringComparison.Ordinal) == true, $"Number format {formatId} {code} is not a date");
    }

    private static void AssertDateCell(SpreadsheetDocument workbook, Cell cell, DateTime expectedUtc) =>
        AssertDateCell(workbook, cell, DateOnly.FromDateTime(expectedUtc));
}
