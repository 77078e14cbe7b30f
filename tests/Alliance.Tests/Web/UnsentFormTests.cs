using System.Net;
using Alliance.Tests.Support;

namespace Alliance.Tests.Web;

/// <summary>A form the portal cannot take says why and gives back what was typed, never a bare error or a lost text.</summary>
[Collection(PortalCollection.Name)]
public sealed class UnsentFormTests(PortalFactory portal)
{
    private const string Narrative = "Consultation held in Goma with 12 partners; minutes to follow.";

    [Fact]
    public async Task APostAfterSignOutInAnotherTab_Is401_ExplainsIt_AndGivesTheNarrativeBack()
    {
        var activity = await portal.NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity);
        var home = await client.GetStringAsync("/");
        await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(home),
        }));

        var response = await client.PostProgressAsync(activity, form, percent: 45, narrative: Narrative);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("You were signed out before you sent it", page, StringComparison.Ordinal);
        Assert.Contains(Narrative, page, StringComparison.Ordinal);
        Assert.Contains($"Account/Login?ReturnUrl=%2Factivities%2F{activity}%2Fupdate", page, StringComparison.Ordinal);
        Assert.DoesNotContain(form["__RequestVerificationToken"], page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostWithAnExpiredOrForeignToken_Is400_ExplainsIt_AndGivesTheNarrativeBack()
    {
        var activity = await portal.NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity);
        form["__RequestVerificationToken"] = "CfDJ8-a-token-from-another-site";

        var response = await client.PostProgressAsync(activity, form, percent: 45, narrative: Narrative);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The form had expired or did not come from this portal", page, StringComparison.Ordinal);
        Assert.Contains(Narrative, page, StringComparison.Ordinal);
        Assert.Contains($"activities/{activity}/update", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizeForm_Is400_AndSaysSo_InFrench_Too()
    {
        var activity = await portal.NewActivityAsync("cpms");
        var client = await (await portal.SignedInClientAsync("lead@alliance.test")).InFrenchAsync();
        var form = await client.LoadProgressFormAsync(activity);

        var response = await client.PostProgressAsync(activity, form, percent: 45, narrative: new string('x', 5 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Le portail n'a pas pu lire le formulaire", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
