using MudBlazor;

namespace Alliance.Web.Components.Layout;

public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1c5d8c",
            Secondary = "#c0392b",
            AppbarBackground = "#1c5d8c",
            Success = "#2e7d32",
            Warning = "#b26a00",
            Error = "#c62828",
        },
    };
}
