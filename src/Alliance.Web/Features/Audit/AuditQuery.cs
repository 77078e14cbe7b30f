using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Alliance.Web.Features.Audit;

/// <summary>
/// What the audit page shows: one kind of row, one person, a span of days (UTC) and a page, all in
/// the query string so that the page is a plain GET form and links. Anything malformed is read as "not given".
/// </summary>
public sealed record AuditQuery(string? Entity, string? ActorId, DateOnly? From, DateOnly? To, int Page)
{
    public const int PageSize = 50;

    /// <summary>At most this many lines in one download; the page says so when a selection is longer.</summary>
    public const int DownloadLimit = 50_000;

    public static AuditQuery Default { get; } = new(null, null, null, null, 1);

    public bool IsFiltered => Entity is not null || ActorId is not null || From is not null || To is not null;

    public static AuditQuery Parse(string? entity, string? actor, string? from, string? to, string? page) => new(
        Plain(entity, 100),
        Plain(actor, 450),
        Day(from),
        Day(to),
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 1_000_000 ? number : 1);

    public static AuditQuery FromQuery(IQueryCollection query) =>
        Parse(query["entity"], query["actor"], query["from"], query["to"], query["page"]);

    public AuditQuery OnPage(int page) => this with { Page = page };

    public string ToUrl(string path, bool withPage = true) =>
        QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
        {
            ["entity"] = Entity,
            ["actor"] = ActorId,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["page"] = withPage && Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null,
        }.Where(p => p.Value is not null));

    private static string? Plain(string? text, int maxLength)
    {
        var value = text?.Trim();
        return string.IsNullOrEmpty(value) || value.Length > maxLength || value.Any(char.IsControl) ? null : value;
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
