using System.Globalization;

namespace Alliance.Web.Localization;

/// <summary>The portal's two languages; English is the default.</summary>
public static class PortalCultures
{
    public const string English = "en";
    public const string French = "fr";

    public static readonly string[] All = [English, French];

    public static bool IsFrench => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == French;
}
