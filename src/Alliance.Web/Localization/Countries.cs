using System.Collections.Concurrent;
using System.Globalization;

namespace Alliance.Web.Localization;

/// <summary>A country: its ISO 3166-1 alpha-2 code and its name in the user's language.</summary>
public sealed record Country(string Code, string Name);

public static class Countries
{
    // ICU knows a few codes that are no country to choose: the invariant culture's and Serbia and Montenegro's old one.
    private static readonly HashSet<string> s_notCountries = ["IV", "CS"];

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> s_namesByLanguage = new();

    /// <summary>Every two-letter code ICU has a country or territory for.</summary>
    public static IReadOnlyList<string> Codes { get; } = FindCodes();

    private static readonly HashSet<string> s_codes = [.. Codes];

    public static bool IsKnown(string? isoCode) => isoCode is not null && s_codes.Contains(isoCode);

    /// <summary>An ISO 3166 code as a country name in the user's language, or the code itself.</summary>
    public static string Name(string? isoCode)
    {
        if (string.IsNullOrEmpty(isoCode))
        {
            return "—";
        }
        return NamesIn(CultureInfo.CurrentUICulture).GetValueOrDefault(isoCode.ToUpperInvariant(), isoCode);
    }

    /// <summary>Every country, in alphabetical order of its name in the user's language.</summary>
    public static IReadOnlyList<Country> All()
    {
        var comparer = StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true);
        return NamesIn(CultureInfo.CurrentUICulture).Select(n => new Country(n.Key, n.Value)).OrderBy(c => c.Name, comparer).ToList();
    }

    private static IReadOnlyDictionary<string, string> NamesIn(CultureInfo uiCulture) =>
        s_namesByLanguage.GetOrAdd(uiCulture.TwoLetterISOLanguageName, language => Codes.ToDictionary(code => code, code => LocalName(code, language)));

    /// <summary>
    /// <see cref="RegionInfo.DisplayName"/> gives the country's own name on Linux ("Deutschland"), not the
    /// user's; a culture's display name, which ICU writes in the current UI language, has the
    /// country in brackets: "anglais (Allemagne)".
    /// </summary>
    private static string LocalName(string code, string language)
    {
        var region = new RegionInfo(code);
        if (language is "en" or "iv")
        {
            return region.EnglishName;
        }
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var display = new CultureInfo("en-" + code).DisplayName;
            var open = display.IndexOf('(', StringComparison.Ordinal);
            return open < 0 || !display.EndsWith(')') ? region.EnglishName : display[(open + 1)..^1].Replace('[', '(').Replace(']', ')');
        }
        catch (CultureNotFoundException)
        {
            return region.EnglishName;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static List<string> FindCodes()
    {
        var codes = new List<string>();
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var code = string.Concat(first, second);
                if (s_notCountries.Contains(code))
                {
                    continue;
                }
                try
                {
                    if (new RegionInfo(code).TwoLetterISORegionName == code)
                    {
                        codes.Add(code);
                    }
                }
                catch (ArgumentException)
                {
                    // Not a code ICU knows.
                }
            }
        }
        return codes;
    }
}
