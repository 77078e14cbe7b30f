using System.Net;
using Alliance.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Alliance.Tests.Web;

/// <summary>
/// A database that cannot take a write (held by another writer, its file deleted): the person gets a
/// 503 that keeps what they typed, /health says so, and the portal recovers by itself. Real SQLite files.
/// </summary>
public sealed class DatabaseFaultTests : IDisposable
{
    private const string Narrative = "Workshop with the Kasai network held; report to follow.";
    private readonly FaultPortal _portal = new();

    [Fact]
    public async Task WhileAnotherWriterHoldsTheDatabase_AProgressPostIs503_KeepsTheText_AndGoesThroughOnceItIsFree()
    {
        var activity = await _portal.NewActivityAsync("cpms");
        var client = await _portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity);

        HttpResponseMessage busy;
        HttpResponseMessage health;
        await using (var holder = new SqliteConnection($"Data Source={_portal.DatabasePath}"))
        {
            await holder.OpenAsync();
            await using var hold = holder.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE;";
            await hold.ExecuteNonQueryAsync();

            busy = await client.PostProgressAsync(activity, form, percent: 55, narrative: Narrative);
            health = await client.GetAsync("/health");

            hold.CommandText = "ROLLBACK;";
            await hold.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.True(busy.Headers.RetryAfter is not null, "no Retry-After");
        var page = await busy.Content.ReadAsStringAsync();
        Assert.Contains(Narrative, page, StringComparison.Ordinal);
        Assert.Contains("nothing was saved", page, StringComparison.Ordinal);
        Assert.Matches("Reference: [0-9a-f-]+", page);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var again = await client.PostProgressAsync(activity, ProgressForms.FormFields(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page)),
            percent: 55, narrative: Narrative);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains(Narrative, await client.GetStringAsync($"/activities/{activity}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheDatabaseFileIsDeleted_AWriteIsNeverAcknowledged_AndHealthSaysSo()
    {
        var activity = await _portal.NewActivityAsync("cpms");
        var client = await _portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity);

        File.Delete(_portal.DatabasePath);
        var response = await client.PostProgressAsync(activity, form, percent: 60, narrative: Narrative);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(Narrative, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    public void Dispose() => _portal.Dispose();

    private sealed class FaultPortal : PortalFactory
    {
        protected override int? BusyTimeoutSeconds => 1;
    }
}
