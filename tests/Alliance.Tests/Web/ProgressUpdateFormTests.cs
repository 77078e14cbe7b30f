using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Alliance.Data;
using Alliance.Domain.Workplans;
using Alliance.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>The progress-update form as a browser without JavaScript uses it: plain posts.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProgressUpdateFormTests(PortalFactory portal)
{
    [Fact]
    public async Task Lead_RecordsProgress_AndIsSentToTheHistory()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);

        var response = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent + 5, narrative: "Validation workshop held with 14 agencies.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/activities/{activity.Id}?recorded=true", response.Headers.Location!.PathAndQuery);
        var page = await client.GetDocumentAsync($"/activities/{activity.Id}?recorded=true");
        Assert.Contains("Validation workshop held with 14 agencies.", page.QuerySelector("ol.progress-history li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(activity.Percent + 5, (await ReadActivityAsync(activity.Id)).Percent);
    }

    [Fact]
    public async Task NarrativeWithARightToLeftOverrideAndControlCharacters_IsStoredWithoutThem_WithItsLineBreaks()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);

        var response = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent + 5,
            narrative: "Validation workshop\u202E fdp.exe\u001B[2J held.\r\nNext: the report.\u0007", evidence: "https://example.org/report\u202Efdp.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await LatestUpdateAsync(activity.Id);
        Assert.Equal(("Validation workshop fdp.exe[2J held.\nNext: the report.", "https://example.org/reportfdp.pdf"), (stored.Narrative, stored.EvidenceUrl));
        var page = await client.GetDocumentAsync($"/activities/{activity.Id}");
        Assert.DoesNotContain('\u202E', page.QuerySelector("ol.progress-history")!.TextContent);
    }

    [Fact]
    public async Task NarrativeWithANul_IsRefusedByTheFormReader_AndNothingIsRecorded()
    {
        // ASP.NET Core refuses a form body with %00 (InvalidDataException, reported as a bad antiforgery
        // token) before the portal reads it; a NUL reaches the domain only through the interactive desks,
        // which strip it like any control (MemberAdministrationTests, ActivityAdministrationTests).
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);

        var response = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent + 5, narrative: "Workshop held.\0 Next: the report.");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(activity.Updates, (await ReadActivityAsync(activity.Id)).Updates);
    }

    [Fact]
    public async Task NarrativeInArabic_IsStoredAndShownAsTyped()
    {
        const string narrative = "عُقدت ورشة عمل للتحقق مع 14 وكالة في بنغازي.\nالخطوة التالية هي التقرير النهائي.";
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);

        var response = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent + 5, narrative: narrative.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(narrative, (await LatestUpdateAsync(activity.Id)).Narrative);
        var page = await client.GetDocumentAsync($"/activities/{activity.Id}");
        Assert.Contains("عُقدت ورشة عمل للتحقق مع 14 وكالة في بنغازي.", page.QuerySelector("ol.progress-history li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NarrativeOfNothingButInvisibleCharacters_IsRequired_AndComesBackAsTyped()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);

        var response = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent + 5, narrative: "\u202E\u200B\u2066");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await ParseAsync(response)).QuerySelector("#error-Narrative"));
        Assert.Equal(activity.Updates, (await ReadActivityAsync(activity.Id)).Updates);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRejected_AndNothingIsRecorded()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);
        form.Remove("__RequestVerificationToken");

        var response = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent + 1, narrative: "Should not be saved.");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(activity.Updates, (await ReadActivityAsync(activity.Id)).Updates);
    }

    [Fact]
    public async Task InvalidPost_ComesBackWithEveryTypedValue_AndAMessageNextToEachField()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);

        var response = await client.PostProgressAsync(activity.Id, form, percentText: "seventy", narrative: "",
            evidence: "ftp://files.example.org/report.pdf");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("seventy", page.QuerySelector<IHtmlInputElement>("#percent")!.Value);
        Assert.Equal("ftp://files.example.org/report.pdf", page.QuerySelector<IHtmlInputElement>("#evidence")!.Value);
        Assert.NotNull(page.QuerySelector("#error-PercentComplete"));
        Assert.NotNull(page.QuerySelector("#error-Narrative"));
        Assert.NotNull(page.QuerySelector("#error-EvidenceUrl"));
        Assert.Equal("true", page.QuerySelector("#narrative")!.GetAttribute("aria-invalid"));
        Assert.Equal(activity.Updates, (await ReadActivityAsync(activity.Id)).Updates);
    }

    [Fact]
    public async Task InvalidPost_InFrench_ShowsFrenchMessages()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await (await portal.SignedInClientAsync("lead@alliance.test")).InFrenchAsync();
        var form = await client.LoadProgressFormAsync(activity.Id);

        var response = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent, narrative: " ");

        var page = await ParseAsync(response);
        Assert.Equal("Compte rendu : ce champ est obligatoire.", page.QuerySelector("#error-Narrative")!.TextContent);
    }

    [Fact]
    public async Task LoweringThePercent_WithoutTickingTheBox_IsRefused_AndWithIt_IsRecorded()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);
        var narrative = "The pilot was repeated after a review, so the work restarts at a lower point.";

        var refused = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent - 10, narrative: narrative);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull((await ParseAsync(refused)).QuerySelector("#error-DecreaseExplained"));

        form["Form.DecreaseExplained"] = "true";
        var accepted = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent - 10, narrative: narrative);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(activity.Percent - 10, (await ReadActivityAsync(activity.Id)).Percent);
    }

    [Fact]
    public async Task UpdateSinceTheFormWasLoaded_IsNotOverwritten_AndIsShownWithTheLeadsTextKept()
    {
        var activity = await NewActivityAsync("cpms");
        var lead = await portal.SignedInClientAsync("lead@alliance.test");
        var secretariat = await portal.SignedInClientAsync("secretariat@alliance.test");
        var leadForm = await lead.LoadProgressFormAsync(activity.Id);
        var secretariatForm = await secretariat.LoadProgressFormAsync(activity.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.PostProgressAsync(activity.Id, secretariatForm,
            percent: activity.Percent + 2, narrative: "Secretariat: donor report received.")).StatusCode);

        var conflict = await lead.PostProgressAsync(activity.Id, leadForm, percent: activity.Percent + 10, narrative: "Lead: field test finished in Mali.");

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await ParseAsync(conflict);
        Assert.Contains("Secretariat: donor report received.", page.QuerySelector(".conflict-panel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Lead: field test finished in Mali.", page.QuerySelector<IHtmlTextAreaElement>("#narrative")!.Value);
        var afterConflict = await ReadActivityAsync(activity.Id);
        Assert.Equal(activity.Updates + 1, afterConflict.Updates);
        Assert.Equal(activity.Percent + 2, afterConflict.Percent);

        // Having seen the other update, the lead resubmits the same page: now it is recorded.
        var resubmit = await lead.PostProgressAsync(activity.Id, ProgressForms.FormFields(page), percent: activity.Percent + 10, narrative: "Lead: field test finished in Mali.");
        Assert.Equal(HttpStatusCode.Redirect, resubmit.StatusCode);
        Assert.Equal(activity.Updates + 2, (await ReadActivityAsync(activity.Id)).Updates);
    }

    [Fact]
    public async Task SecondClickOnSubmit_RecordsOneUpdate()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);

        var first = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent + 1, narrative: "Posted twice by a slow connection.");
        var second = await client.PostProgressAsync(activity.Id, form, percent: activity.Percent + 1, narrative: "Posted twice by a slow connection.");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(activity.Updates + 1, (await ReadActivityAsync(activity.Id)).Updates);
    }

    [Fact]
    public async Task LeadPostingToAnotherGroupsActivity_IsRefused_AndNothingChanges()
    {
        var own = await NewActivityAsync("cpms");
        var other = await NewActivityAsync("child-labour");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        // A genuine form of their own group, re-aimed at the other group's activity with that
        // activity's real latest update, so that only the permission check can refuse it.
        var form = await client.LoadProgressFormAsync(own.Id);
        form["Form.LastSeenUpdateId"] = (await LatestUpdateIdAsync(other.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.PostProgressAsync(other.Id, form, percent: other.Percent + 5, narrative: "Not my group.");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await ReadActivityAsync(other.Id);
        Assert.Equal((other.Updates, other.Percent), (after.Updates, after.Percent));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/activities/{other.Id}/update")).StatusCode);
    }

    [Fact]
    public async Task TwoIdenticalPostsAtTheSameMoment_RecordOneUpdate_AndBothAreToldItWasRecorded()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            client.PostProgressAsync(activity.Id, form, percent: 50, narrative: "Sent three times by an impatient connection.")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(activity.Updates + 1, (await ReadActivityAsync(activity.Id)).Updates);
    }

    [Fact]
    public async Task StaleFormWithALowerPercent_ShowsTheOtherUpdateFirst_NotADecreaseError()
    {
        var activity = await NewActivityAsync("cpms");
        var lead = await portal.SignedInClientAsync("lead@alliance.test");
        var secretariat = await portal.SignedInClientAsync("secretariat@alliance.test");
        var leadForm = await lead.LoadProgressFormAsync(activity.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await secretariat.PostProgressAsync(activity.Id, await secretariat.LoadProgressFormAsync(activity.Id),
            percent: 70, narrative: "Secretariat: consultant's report received.")).StatusCode);

        // The lead, at 40% when they opened the form, reports 50%: lower than the 70% they have not seen.
        var response = await lead.PostProgressAsync(activity.Id, leadForm, percent: 50, narrative: "Lead: two workshops done.");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("consultant's report", page.QuerySelector(".conflict-panel")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#error-DecreaseExplained"));
    }

    [Fact]
    public async Task SecretariatEditingTheActivitysTitle_DoesNotBlockTheLeadsUpdate()
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync("lead@alliance.test");
        var form = await client.LoadProgressFormAsync(activity.Id);
        await using (var db = portal.ArrangeDb())
        {
            var entity = await db.Activities.Include(a => a.Workplan).ThenInclude(w => w.Activities).Include(a => a.Objective).Include(a => a.Category)
                .SingleAsync(a => a.Id == activity.Id);
            entity.Edit(new ActivityDetails(entity.Title + " (renamed)", null, entity.Objective, entity.Category, entity.StartDate, entity.DueDate, null));
            await db.SaveChangesAsync();
        }

        var response = await client.PostProgressAsync(activity.Id, form, percent: 45, narrative: "Progress despite the new title.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ArchivedActivity_OffersNoForm()
    {
        var id = await portal.NewActivityAsync("cpms", archived: true);
        var client = await portal.SignedInClientAsync("lead@alliance.test");

        var page = await client.GetDocumentAsync($"/activities/{id}/update");

        Assert.Null(page.QuerySelector("#narrative"));
        Assert.Contains("archived", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("member@alliance.test")]
    [InlineData("lead2@alliance.test")]
    public async Task ReadersOfAnotherGroup_GetNoForm(string email)
    {
        var activity = await NewActivityAsync("cpms");
        var client = await portal.SignedInClientAsync(email);

        var response = await client.GetAsync($"/activities/{activity.Id}/update");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await ParseAsync(response)).QuerySelector("form.progress-form"));
        var groupPage = await client.GetDocumentAsync("/working-groups/cpms");
        Assert.Empty(groupPage.QuerySelectorAll("a.update-link"));
    }

    [Fact]
    public async Task UnknownActivity_Is404()
    {
        var client = await portal.SignedInClientAsync("lead@alliance.test");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/activities/999999/update")).StatusCode);
    }

    private sealed record ActivityState(int Id, int Percent, int Updates);

    private async Task<ActivityState> NewActivityAsync(string slug) => new(await portal.NewActivityAsync(slug), 40, 1);

    private async Task<int> LatestUpdateIdAsync(int activityId)
    {
        await using var db = portal.ArrangeDb();
        return await db.ProgressUpdates.Where(u => u.ActivityId == activityId).MaxAsync(u => u.Id);
    }

    private async Task<ProgressUpdate> LatestUpdateAsync(int activityId)
    {
        await using var db = portal.ArrangeDb();
        return await db.ProgressUpdates.AsNoTracking().Where(u => u.ActivityId == activityId).OrderByDescending(u => u.Id).FirstAsync();
    }

    private async Task<ActivityState> ReadActivityAsync(int id)
    {
        await using var db = portal.ArrangeDb();
        return await db.Activities.Where(a => a.Id == id).Select(a => new ActivityState(a.Id, a.PercentComplete, a.ProgressUpdates.Count)).SingleAsync();
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
