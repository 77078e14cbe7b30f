using System.Net;
using Alliance.Data.Identity;
using Alliance.Web.Components.Account.Links;
using Alliance.Web.Features.Administration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Support;

/// <summary>
/// Accounts made the way the portal makes them: an administrator invites, the person chooses a
/// password on the invitation page. Tests that need a signed-in newcomer start here.
/// </summary>
public static class TestAccounts
{
    /// <summary>Creates the account as an administrator does, then sets its password through the invitation page.</summary>
    public static async Task CreateAccountAsync(this WebApplicationFactory<Program> portal, UserAccountForm form, string password)
    {
        await using (var scope = await portal.ScopeForUserAsync("admin@alliance.test"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().SaveAsync(form);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        }
        var response = await portal.CreateBrowserClient().PostNewPasswordAsync(await portal.InvitationPathAsync(form.Email), password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A working invitation link for the account, as the mail carries it (a test that reads no mail).</summary>
    public static async Task<string> InvitationPathAsync(this WebApplicationFactory<Program> portal, string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}");
        return $"/{AccountMail.InvitationPath}?user={Uri.EscapeDataString(user.Id)}&code={await users.InvitationCodeAsync(user)}";
    }

    /// <summary>Posts a new password (and its confirmation) on the invitation or reset page at <paramref name="path"/>.</summary>
    public static async Task<HttpResponseMessage> PostNewPasswordAsync(this HttpClient client, string path, string password, string? confirmation = null)
    {
        var page = await client.GetStringAsync(path);
        // A link that no longer works shows no form: a token from another page still makes the post a fair try.
        var tokenPage = page.Contains("__RequestVerificationToken", StringComparison.Ordinal) ? page : await client.GetStringAsync("/Account/Login");
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(tokenPage),
            ["_handler"] = path.Contains("AcceptInvitation", StringComparison.Ordinal) ? "accept-invitation" : "reset-password",
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirmation ?? password,
        }));
    }
}
