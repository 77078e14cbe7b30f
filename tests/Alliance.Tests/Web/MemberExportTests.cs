using System.Globalization;
using System.Net;
using System.Text;
using Alliance.Data;
using Alliance.Domain.Members;
using Alliance.Tests.Support;
using Alliance.Web.Features.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>The register's Excel and CSV downloads, checked against the database.</summary>
[Collection(PortalCollection.Name)]
public sealed class MemberExportTests(PortalFactory portal)
{
    private const string Known = "Save the Children International";
    private const string Former = "Safeguard Analytics Ltd";

    private static readonly string[] EnglishHeaders = ["Name", "Acronym", "IATI type", "Scope", "Country", "Joined", "Left"];

    private static readonly string[] FrenchHeaders = ["Nom", "Sigle", "Type IATI", "Portée", "Pays", "Adhésion", "Départ"];

    [Fact]
    public async Task CsvDownload_HoldsTheWholeRegister_UnderEnglishHeaders()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var (response, days) = await DownloadAsync(client, "/members/register.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains(response.Content.Headers.ContentDisposition.FileNameStar, days.Select(d => $"member-register-{d:yyyy-MM-dd}.csv"));
        var rows = Csv.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(EnglishHeaders, rows[0]);
        var names = await NamesAsync(_ => true);
        Assert.Equal(names.Count, rows.Count - 1);
        Assert.Equal(names.Order(StringComparer.Ordinal), rows.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.Equal([Known, "", "International NGO", "Global", "United Kingdom", "2010-03-01", ""], rows.Single(r => r[0] == Known));
        Assert.Equal([Former, "", "Private sector", "Global", "United Kingdom", "2017-02-27", "2019-06-30"], rows.Single(r => r[0] == Former));
    }

    [Fact]
    public async Task CsvDownload_InFrench_HasFrenchHeadersTypesAndCountries()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var response = await client.GetAsync("/members/register.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = Csv.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(FrenchHeaders, rows[0]);
        Assert.Equal([Known, "", "ONG internationale", "Mondiale", "Royaume-Uni", "2010-03-01", ""], rows.Single(r => r[0] == Known));
    }

    [Fact]
    public async Task Download_FollowsThePagesFilterAndSort_WithoutPaging()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var response = await client.GetAsync("/members/register.csv?scope=Local&sort=Joined&dir=desc&page=2");

        var rows = Csv.Parse(await response.Content.ReadAsByteArrayAsync());
        var local = await NamesAsync(o => o.Scope == OrganisationScope.Local);
        Assert.Equal(local.Count, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("Local", r[3]));
        var joined = rows.Skip(1).Select(r => DateOnly.ParseExact(r[5], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(joined.OrderDescending(), joined);
    }

    [Fact]
    public async Task XlsxDownload_IsAValidWorkbook_WithEveryOrganisation_AndDateCells()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var (response, days) = await DownloadAsync(client, "/members/register.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TableExport.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(response.Content.Headers.ContentDisposition!.FileNameStar, days.Select(d => $"member-register-{d:yyyy-MM-dd}.xlsx"));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        Assert.Equal("Members", workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var rows = workbook.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(EnglishHeaders, rows[0].Select(c => c.InnerText));
        Assert.Equal((await NamesAsync(_ => true)).Count, rows.Count - 1);
        var former = rows.Single(r => r[0].InnerText == Former);
        Assert.Equal(new DateOnly(2017, 2, 27), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(Cell(former, "F").CellValue!.Text, CultureInfo.InvariantCulture))));
        Assert.Equal(new DateOnly(2019, 6, 30), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(Cell(former, "G").CellValue!.Text, CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task AnonymousUser_IsSentToSignIn(string extension)
    {
        var client = portal.CreateBrowserClient();

        var response = await client.GetAsync($"/members/register.{extension}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static Cell Cell(List<Cell> row, string column) => row.Single(c => c.CellReference!.Value!.StartsWith(column, StringComparison.Ordinal));

    private async Task<List<string>> NamesAsync(System.Linq.Expressions.Expression<Func<Organisation, bool>> where)
    {
        await using var db = portal.ArrangeDb();
        return await db.Organisations.Where(where).Select(o => o.Name).ToListAsync();
    }

    private static async Task<(HttpResponseMessage Response, DateOnly[] Days)> DownloadAsync(HttpClient client, string url)
    {
        // The file name carries the day of the download: allow for a request that straddles midnight UTC.
        var before = DateOnly.FromDateTime(DateTime.UtcNow);
        var response = await client.GetAsync(url);
        return (response, [before, DateOnly.FromDateTime(DateTime.UtcNow)]);
    }

    /// <summary>RFC 4180 after a UTF-8 byte-order mark, read independently of the writer under test.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(byte[] bytes)
        {
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
            var text = Encoding.UTF8.GetString(bytes[3..]);
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
    }
}
