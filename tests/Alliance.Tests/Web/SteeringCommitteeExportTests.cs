using System.Globalization;
using System.Net;
using System.Text;
using Alliance.Data;
using Alliance.Domain.SteeringCommittee;
using Alliance.Tests.Support;
using Alliance.Web.Features.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>The seats with their current holders as Excel and CSV downloads, for every signed-in user.</summary>
[Collection(PortalCollection.Name)]
public sealed class SteeringCommitteeExportTests(PortalFactory portal)
{
    private static readonly string[] EnglishHeaders =
        ["Seat", "Status", "Holder", "Acronym", "Type", "Scope", "Country", "Representative", "Term start", "Term end", "Vacant since"];

    private static readonly string[] FrenchHeaders =
        ["Siège", "Statut", "Titulaire", "Sigle", "Type", "Portée", "Pays", "Représentant·e", "Début du mandat", "Fin du mandat", "Vacant depuis"];

    [Fact]
    public async Task CsvDownload_HasEverySeat_WithItsCurrentHolder_UnderEnglishHeaders()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var response = await client.GetAsync("/steering-committee/seats.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("steering-committee-seats-", response.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        var rows = Csv(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(EnglishHeaders, rows[0]);
        Assert.Equal(Enumerable.Range(1, 21).Select(n => n.ToString(CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r[0]));
        var seats = await SeatsAsync();
        foreach (var row in rows.Skip(1))
        {
            var seat = seats.Single(s => s.Number.ToString(CultureInfo.InvariantCulture) == row[0]);
            var current = seat.CurrentTenure(today);
            Assert.Equal(current?.Organisation.Name ?? "", row[2]);
            Assert.Equal(current?.RepresentativeName ?? "", row[7]);
            Assert.Equal(current is null ? "" : Iso(current.TermEndsOn), row[9]);
            Assert.Equal(seat.VacantSince(today) is { } since ? Iso(since) : "", row[10]);
            string[] statuses = current is null ? ["Vacant", "Vacant, never held"] : ["Held", "Term ends within 90 days", "Term ended, not renewed", "Held, holder leaving"];
            Assert.Contains(row[1], statuses);
        }
        var unicef = rows.Single(r => r[0] == "1");
        Assert.Equal(["Held", "United Nations Children's Fund", "UNICEF", "Multilateral", "Global", "", "Margaret Okello", "2017-01-15"], unicef[1..9]);
        Assert.Equal("Kenya", rows.Single(r => r[3] == "EACPC")[6]);
    }

    [Fact]
    public async Task CsvDownload_InFrench_HasFrenchHeadersAndWords()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var rows = Csv(await client.GetByteArrayAsync("/steering-committee/seats.csv"));

        Assert.Equal(FrenchHeaders, rows[0]);
        Assert.Equal(["Occupé", "Multilatérale", "Mondiale"], [rows[1][1], rows[1][4], rows[1][5]]);
        Assert.Equal("Vacant, jamais occupé", rows[21][1]);
    }

    [Fact]
    public async Task XlsxDownload_IsAValidWorkbook_WithNumbersAndDatesAsSuch()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var response = await client.GetAsync("/steering-committee/seats.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TableExport.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook));
        Assert.Equal("Seats", workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var rows = workbook.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(EnglishHeaders, rows[0].Select(c => c.InlineString!.InnerText));
        Assert.Equal(22, rows.Count);
        var seatOne = rows[1];
        Assert.Equal("1", seatOne[0].CellValue!.Text);
        Assert.Equal(CellValues.Number, seatOne[0].DataType!.Value);
        var termStart = seatOne.Single(c => c.CellReference == "I2");
        Assert.Equal(new DateOnly(2017, 1, 15), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(termStart.CellValue!.Text, CultureInfo.InvariantCulture))));
        Assert.NotNull(termStart.StyleIndex);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task AnonymousUser_IsSentToSignIn(string extension)
    {
        var response = await portal.CreateBrowserClient().GetAsync($"/steering-committee/seats.{extension}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<List<SteeringCommitteeSeat>> SeatsAsync()
    {
        await using var db = portal.ArrangeDb();
        return await db.SteeringCommitteeSeats.AsNoTracking().Include(s => s.Tenures).ThenInclude(t => t.Organisation).ToListAsync();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The download as rows of fields; the seat file has no quoted line breaks, so a simple reader will do.</summary>
    private static List<string[]> Csv(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text[..^2].Split("\r\n").Select(SplitLine).ToList();
    }

    private static string[] SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
