using Alliance.Web.Features.Exports;
using Alliance.Web.Localization;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Features.Members;

/// <summary>The member register as the downloads show it: one row per organisation, in the user's language.</summary>
public static class MemberExport
{
    public static ExportTable Tabulate(IReadOnlyList<MemberRow> members, IStringLocalizer<SharedStrings> shared, IStringLocalizer<MemberStrings> text)
    {
        ExportColumn[] columns =
        [
            new(shared["Name"], 50), new(text["Acronym"], 14), new(text["IatiType"], 26), new(shared["Scope"], 12),
            new(shared["Country"], 24), new(shared["Joined"], 12), new(text["Left"], 12),
        ];
        var rows = members.Select(m => (IReadOnlyList<object?>)
            [
                m.Name, m.Acronym, shared.Enum(m.Type), shared.Enum(m.Scope), m.CountryCode is null ? null : Countries.Name(m.CountryCode),
                m.JoinedOn, m.LeftOn,
            ])
            .ToList();
        return new ExportTable(TableExport.SheetName(text["RegisterSheet"], "Members"), columns, rows);
    }
}
