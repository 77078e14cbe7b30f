using System.Globalization;
using Alliance.Domain.Plans;

namespace Alliance.Web.Features.Plans;

/// <summary>
/// How the portal calls an element of a plan: by its kind and code ("Strategic objective A",
/// "Priority 2") when the plan labels that kind by code, by its title alone otherwise ("Prevention").
/// </summary>
public sealed record ElementName(string Code, LocalizedText Title, LocalizedText? Kind)
{
    /// <summary>The name from an element's stored columns and its kind's, as a query projects them.</summary>
    public static ElementName Of(string code, string titleEn, string titleFr, bool labelledByCode, string kindEn, string kindFr) =>
        new(code, new LocalizedText(titleEn, titleFr), labelledByCode ? new LocalizedText(kindEn, kindFr) : null);

    public static ElementName Of(Objective element) =>
        Of(element.Code, element.TitleEn, element.TitleFr, element.Kind.LabelledByCode, element.Kind.NameEn, element.Kind.NameFr);

    /// <summary>"Strategic objective A"; an element labelled by title, its title.</summary>
    public string Short(CultureInfo? culture = null) =>
        Kind is { } kind ? $"{kind.For(culture ?? CultureInfo.CurrentUICulture)} {Code}" : Title.For(culture ?? CultureInfo.CurrentUICulture);

    /// <summary>"Strategic objective A — Integrated programming"; an element labelled by title, its title.</summary>
    public string Full(CultureInfo? culture = null) =>
        Kind is not null ? $"{Short(culture)} — {Title.For(culture ?? CultureInfo.CurrentUICulture)}" : Short(culture);
}
