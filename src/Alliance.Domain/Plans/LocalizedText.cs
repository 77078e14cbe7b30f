namespace Alliance.Domain.Plans;

/// <summary>A text the plan gives in both of the portal's languages.</summary>
public readonly record struct LocalizedText(string En, string Fr)
{
    /// <summary>French when the culture is French, English otherwise.</summary>
    public string For(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "fr" ? Fr : En;

    public static string Pick(System.Globalization.CultureInfo culture, string en, string fr) =>
        new LocalizedText(en, fr).For(culture);
}
