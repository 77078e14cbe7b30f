using Alliance.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Alliance.Tests.Web;

/// <summary>Mail settings that would send nothing, or links nowhere, stop the portal at start-up (decision 0016).</summary>
public sealed class MailSettingsTests
{
    [Fact]
    public void InProduction_WithNeitherAnSmtpServerNorAPickupFolder_ThePortalRefusesToStart_SayingWhy()
    {
        using var portal = new UnmailedProductionPortal();

        var failure = Record.Exception(() => portal.Services);

        Assert.NotNull(failure);
        Assert.Contains("Mail has nowhere to go: set Mail:Smtp:Host", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void APublicUrlThatIsNotAnAbsoluteAddress_StopsThePortalAtStartUp()
    {
        using var portal = new DevelopmentPortalWithRelativeUrl();

        var failure = Record.Exception(() => portal.Services);

        Assert.NotNull(failure);
        Assert.Contains("Portal:PublicUrl must be an absolute http(s) address", failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class DevelopmentPortalWithRelativeUrl : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:PublicUrl", "portal.example.org");
        }
    }

    private sealed class UnmailedProductionPortal : PortalFactory
    {
        protected override string EnvironmentName => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Mail:PickupFolder", "");
            builder.UseSetting("Seed:AdminEmail", "first.admin@alliance.example");
            builder.UseSetting("Seed:AdminPassword", ProductionTests.AdminPassword);
        }
    }
}
