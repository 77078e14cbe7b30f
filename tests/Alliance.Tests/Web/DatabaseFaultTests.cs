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
        var (activity, client, form) = await LeadWithAFormAsync();

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

        await GoesThroughAgainAsync(client, activity, page, percent: 55);
    }

    [Fact]
    public async Task WhenTheDatabaseFileIsDeleted_AWriteIsNeverAcknowledged_AndHealthSaysSo()
    {
        var (activity, client, form) = await LeadWithAFormAsync();

        File.Delete(_portal.DatabasePath);
        var response = await client.PostProgressAsync(activity, form, percent: 60, narrative: Narrative);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(Narrative, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        // Reads in parallel open new connections: none brings an empty database back in its place (where
        // the activity would be "not found"). A pooled connection still reads the deleted file; a new one
        // cannot open it (Development shows that fault as its error page, Production as the 503 page).
        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync($"/activities/{activity}")));
        Assert.DoesNotContain(reads, read => read.StatusCode == HttpStatusCode.NotFound);
        Assert.False(File.Exists(_portal.DatabasePath), "a connection created an empty database where the deleted one was");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.PostProgressAsync(activity, form, percent: 60, narrative: Narrative)).StatusCode);
    }

    [Fact]
    public async Task WhileTheDatabaseFileIsReadOnly_AWriteIs503_KeepsTheText_HealthSaysSo_AndItGoesThroughOnceWritableAgain()
    {
        var (activity, client, form) = await LeadWithAFormAsync();

        HttpResponseMessage refused;
        HttpResponseMessage health;
        using (ReadOnlyFiles.Database(_portal.DatabasePath))
        {
            health = await client.GetAsync("/health");
            refused = await client.PostProgressAsync(activity, form, percent: 65, narrative: Narrative);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains(Narrative, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Narrative, await client.GetStringAsync($"/activities/{activity}"), StringComparison.Ordinal);

        await GoesThroughAgainAsync(client, activity, page, percent: 65);
    }

    public void Dispose() => _portal.Dispose();

    private async Task<(int Activity, HttpClient Client, Dictionary<string, string> Form)> LeadWithAFormAsync()
    {
        var activity = await _portal.NewActivityAsync("cpms");
        var client = await _portal.SignedInClientAsync("lead@alliance.test");
        return (activity, client, await client.LoadProgressFormAsync(activity));
    }

    /// <summary>Once the database is back, the page that refused the post sends it again and it is saved.</summary>
    private static async Task GoesThroughAgainAsync(HttpClient client, int activity, string refusedPage, int percent)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var again = await client.PostProgressAsync(activity, ProgressForms.FormFields(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(refusedPage)),
            percent: percent, narrative: Narrative);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains(Narrative, await client.GetStringAsync($"/activities/{activity}"), StringComparison.Ordinal);
    }

    private sealed class FaultPortal : PortalFactory
    {
        protected override int? BusyTimeoutSeconds => 1;
    }
}
