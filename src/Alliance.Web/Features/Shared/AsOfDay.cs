using System.Globalization;

namespace Alliance.Web.Features.Shared;

/// <summary>
/// The day a page is read as of (<c>?on=YYYY-MM-DD</c>): a page then shows what stood that day.
/// Bound as text; anything but a real day between the first the portal records and today is
/// ignored, and the page shows today.
/// </summary>
public static class AsOfDay
{
    public const string QueryName = "on";

    /// <summary>No record of the Alliance is older.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The day asked for, or null for today (also for a malformed, a future or a too early day).</summary>
    public static DateOnly? Read(string? value, DateOnly today) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day >= Earliest && day < today
            ? day
            : null;

    /// <summary>The query value of <paramref name="day"/>, for links that keep the day.</summary>
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
