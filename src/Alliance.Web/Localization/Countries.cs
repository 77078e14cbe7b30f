using System.Globalization;

namespace Alliance.Web.Localization;

public static class Countries
{
    /// <summary>An ISO 3166 code as a country name in the user's language (ICU data), or the code itself.</summary>
    public static string Name(string? isoCode)
    {
        if (string.IsNullOrEmpty(isoCode))
        {
            return "—";
        }
        try
        {
            var region = new RegionInfo(isoCode);
            return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? region.EnglishName : region.DisplayName;
        }
        catch (ArgumentException)
        {
            return isoCode;
        }
    }
}
