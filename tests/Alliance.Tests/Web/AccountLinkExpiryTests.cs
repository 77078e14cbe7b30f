using System.Net;
using Alliance.Data.Identity;
using Alliance.Domain.Accounts;
using Alliance.Tests.Support;
using Alliance.Web.Components.Account.Links;
using Alliance.Web.Features.Administration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>A portal whose mailed links expire a millisecond after they are made.</summary>
public sealed class ShortLinksPortal : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:InvitationLifetime", "00:00:00.001");
        builder.UseSetting("Accounts:PasswordResetLifetime", "00:00:00.001");
    }
}

public sealed class AccountLinkExpiryTests(ShortLinksPortal portal) : IClassFixture<ShortLinksPortal>
{
    [Fact]
    public async Task AnExpiredInvitation_IsRefused_WithAClearPage_AndSetsNoPassword()
    {
        var email = $"late.{Guid.NewGuid():N}@alliance.test";
        await using (var scope = await portal.ScopeForUserAsync("admin@alliance.test"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().SaveAsync(new UserAccountForm
            {
                Email = email, DisplayName = "Lars Late", Roles = [AllianceRoles.Member],
            });
            Assert.True(result.Succeeded);
        }
        var link = await portal.InvitationPathAsync(email);
        await Task.Delay(20);

        var page = await portal.CreateBrowserClient().GetDocumentAsync(link);
        var post = await portal.CreateBrowserClient().PostNewPasswordAsync(link, "saffron-harbour-kite-2026");

        Assert.Contains("Ask an administrator for a new invitation", page.QuerySelector("[data-testid='link-no-longer-works']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[id='Input.Password']"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("This invitation link no longer works", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var check = portal.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.False(await users.HasPasswordAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task AnExpiredResetLink_IsRefused_AndThePasswordStaysAsItWas()
    {
        string link;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync("member@alliance.test"))!;
            link = $"/{AccountMail.PasswordResetPath}?user={user.Id}&code={await users.PasswordResetCodeAsync(user)}";
        }
        await Task.Delay(20);

        var post = await portal.CreateBrowserClient().PostNewPasswordAsync(link, "saffron-harbour-kite-2026");

        Assert.Contains("This link no longer works", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await portal.SignedInClientAsync("member@alliance.test");
    }
}
