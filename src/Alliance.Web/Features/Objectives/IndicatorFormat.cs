using System.Globalization;
using Alliance.Domain.Plans;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Objectives;

/// <summary>An indicator's value as people read it: "85%" (« 85 % » in French) or "1,640".</summary>
public static class IndicatorFormat
{
    public static string Value(this IStringLocalizer<ObjectiveStrings> text, IndicatorUnit unit, decimal value) => unit == IndicatorUnit.Percent
        ? text["PercentFormat", value.ToString("0.#", CultureInfo.CurrentCulture)]
        : value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}
