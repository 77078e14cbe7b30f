using System.Net;
using Alliance.Tests.Support;

namespace Alliance.Tests.Web;

[Collection(PortalCollection.Name)]
public sealed class HealthTests(PortalFactory portal)
{
    [Fact]
    public async Task Health_ReportsTheDatabaseHealthy_WithoutSigningIn()
    {
        var response = await portal.CreateBrowserClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
