using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Alliance.Tests.Support;

/// <summary>The progress form as a browser without script loads and posts it.</summary>
public static class ProgressForms
{
    public static async Task<Dictionary<string, string>> LoadProgressFormAsync(this HttpClient client, int activityId)
    {
        var response = await client.GetAsync($"/activities/{activityId}/update");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return FormFields(new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>What the browser would post: hidden fields, the token, the current values.</summary>
    public static Dictionary<string, string> FormFields(IHtmlDocument page)
    {
        var form = page.QuerySelector<IHtmlFormElement>("form.progress-form")!;
        return form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type is "hidden")
            .ToDictionary(i => i.Name!, i => i.Value);
    }

    public static Task<HttpResponseMessage> PostProgressAsync(this HttpClient client, int activityId, Dictionary<string, string> form,
        int? percent = null, string? percentText = null, string narrative = "", string evidence = "", string status = "OnTrack")
    {
        var fields = new Dictionary<string, string>(form)
        {
            ["Form.Status"] = status,
            ["Form.PercentComplete"] = percentText ?? percent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["Form.Narrative"] = narrative,
            ["Form.EvidenceUrl"] = evidence,
        };
        return client.PostAsync($"/activities/{activityId}/update", new FormUrlEncodedContent(fields));
    }

}
