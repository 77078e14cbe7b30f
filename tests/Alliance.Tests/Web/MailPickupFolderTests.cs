using Alliance.Domain.Accounts;
using Alliance.Tests.Support;
using Alliance.Web.Features.Administration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Alliance.Tests.Web;

/// <summary>Development's default: no SMTP server, every message kept as an .eml file in the pickup folder.</summary>
[Collection(PortalCollection.Name)]
public sealed class MailPickupFolderTests(PortalFactory portal)
{
    [Fact]
    public async Task WithNoSmtpServer_AnInvitation_IsWrittenToThePickupFolder_AsAnEmlFile()
    {
        var email = $"picked.up.{Guid.NewGuid():N}@alliance.test";
        await using (var scope = await portal.ScopeForUserAsync("admin@alliance.test"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().SaveAsync(new UserAccountForm
            {
                Email = email, DisplayName = "Paula Pickup", Roles = [AllianceRoles.Member],
            });
            Assert.Equal($"Saved: Paula Pickup. An invitation was sent to {email}.", result.Confirmation);
        }

        var messages = Directory.GetFiles(portal.MailFolder, "*.eml").Select(path => MimeMessage.Load(path)).ToList();

        var mail = Assert.Single(messages, m => m.To.Mailboxes.Any(b => b.Address == email));
        Assert.Equal("Your account on the Alliance Strategy Portal", mail.Subject);
        Assert.Contains("https://localhost/Account/AcceptInvitation?user=", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://localhost/Account/AcceptInvitation?user=", mail.HtmlBody, StringComparison.Ordinal);
    }
}
