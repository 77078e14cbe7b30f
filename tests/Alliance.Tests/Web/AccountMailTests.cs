using System.Net;
using System.Text.RegularExpressions;
using Alliance.Data.Auditing;
using Alliance.Data.Identity;
using Alliance.Domain.Accounts;
using Alliance.Tests.Support;
using Alliance.Web.Features.Administration;
using Alliance.Web.Features.Shared;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Alliance.Tests.Web;

/// <summary>The portal with its mail going to a real SMTP server that the test starts on a loopback port.</summary>
public sealed class MailPortal : PortalFactory
{
    public SmtpTestServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:Security", "None");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>Invitations and password resets, read from the mail the portal really sent.</summary>
public sealed partial class AccountMailTests(MailPortal portal) : IClassFixture<MailPortal>
{
    private const string ChosenPassword = "saffron-harbour-kite-2026";

    [Fact]
    public async Task AnInvitation_IsMailed_ItsLinkSetsThePassword_ThePersonSignsIn_AndTheLinkWorksOnce()
    {
        var email = Unique("invited");
        await using (var scope = await portal.ScopeForUserAsync("admin@alliance.test"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().SaveAsync(new UserAccountForm
            {
                Email = email, DisplayName = "Ines Invited", Roles = [AllianceRoles.Member],
            });
            Assert.Equal($"Saved: Ines Invited. An invitation was sent to {email}.", result.Confirmation);
        }

        var mail = await portal.Smtp.WaitForAsync(email);
        Assert.Equal("Your account on the Alliance Strategy Portal", mail.Subject);
        Assert.Equal("portal@alliance.test", mail.From.Mailboxes.Single().Address);
        Assert.Contains("Hello Ines Invited,", mail.TextBody, StringComparison.Ordinal);
        var link = LinkIn(mail, "AcceptInvitation");
        var client = portal.CreateBrowserClient();
        var page = await client.GetDocumentAsync(link);
        Assert.NotNull(page.QuerySelector("[id='Input.Password']"));

        var chosen = await client.PostNewPasswordAsync(link, ChosenPassword);

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.EndsWith("/Account/Login", chosen.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await portal.SignedInClientAsync(email, ChosenPassword);

        var again = await portal.CreateBrowserClient().PostNewPasswordAsync(link, "another-password-entirely-9");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This invitation link no longer works", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, (await portal.CreateBrowserClient().SignInAsync(email, "another-password-entirely-9")).StatusCode);

        // The password chosen is an account change of the person themselves, in the audit trail with no secret in it.
        var userId = await UserIdAsync(email);
        var entry = Assert.Single(await AccountEntriesAsync(userId), e => e.Action.StartsWith("POST /Account/AcceptInvitation", StringComparison.Ordinal));
        Assert.Equal(userId, entry.ActorId);
        Assert.Equal("Ines Invited", entry.ActorName);
        Assert.Contains("\"PasswordHash\":{\"old\":null,\"new\":\"(secret)\"}", entry.Changes);
        Assert.Contains("\"EmailConfirmed\":{\"old\":false,\"new\":true}", entry.Changes);
    }

    [Fact]
    public async Task AnInvitationSentAgain_ReplacesTheFirst_WhoseLinkNoLongerWorks()
    {
        var email = Unique("reinvited");
        await using var scope = await portal.ScopeForUserAsync("admin@alliance.test");
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministrationService>();
        Assert.True((await accounts.SaveAsync(new UserAccountForm { Email = email, DisplayName = "Remy Reinvited", Roles = [AllianceRoles.Member] })).Succeeded);
        var first = LinkIn(await portal.Smtp.WaitForAsync(email), "AcceptInvitation");

        var resent = await accounts.ResendInvitationAsync(await UserIdAsync(email));

        Assert.True(resent.Succeeded, string.Join(" ", resent.Errors.Values));
        var second = LinkIn(await portal.Smtp.WaitForAsync(email, skip: 1), "AcceptInvitation");
        var client = portal.CreateBrowserClient();
        Assert.NotNull((await client.GetDocumentAsync(first)).QuerySelector("[data-testid='link-no-longer-works']"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostNewPasswordAsync(second, ChosenPassword)).StatusCode);
        // Accepted: nothing left to invite to.
        Assert.Equal(ChangeOutcome.Invalid, (await accounts.ResendInvitationAsync(await UserIdAsync(email))).Outcome);
    }

    [Fact]
    public async Task ForgotPassword_ForAKnownAddress_MailsALink_TheResetWorksOnce_AndEndsEverySessionOfThePerson()
    {
        var email = Unique("forgetful");
        await portal.CreateAccountAsync(new UserAccountForm { Email = email, DisplayName = "Fatou Forgetful", Roles = [AllianceRoles.Member] }, ChosenPassword);
        var elsewhere = await portal.SignedInClientAsync(email, ChosenPassword);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/")).StatusCode);

        var reply = await AskForResetAsync(portal.CreateBrowserClient(), email);

        Assert.Contains("If an account exists for this address, we have sent it a link", reply, StringComparison.Ordinal);
        var mail = await portal.Smtp.WaitForAsync(email, skip: 1); // the first one was the invitation
        Assert.Equal("Change your password on the Alliance Strategy Portal", mail.Subject);
        var link = LinkIn(mail, "ResetPassword");
        var reset = await portal.CreateBrowserClient().PostNewPasswordAsync(link, "juniper-lighthouse-77");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/")).StatusCode);
        var userId = await UserIdAsync(email);
        await using (var db = portal.ArrangeDb())
        {
            Assert.All(await db.UserSessions.Where(s => s.UserId == userId).ToListAsync(), s => Assert.Equal(SessionEndReasons.PasswordChanged, s.EndReason));
        }
        Assert.NotEqual(HttpStatusCode.Redirect, (await portal.CreateBrowserClient().SignInAsync(email, ChosenPassword)).StatusCode);
        await portal.SignedInClientAsync(email, "juniper-lighthouse-77");
        var again = await portal.CreateBrowserClient().PostNewPasswordAsync(link, "yet-another-passphrase-3");
        Assert.Contains("This link no longer works", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = Assert.Single(await AccountEntriesAsync(userId), e => e.Action.StartsWith("POST /Account/ResetPassword", StringComparison.Ordinal));
        Assert.Equal(userId, entry.ActorId);
        Assert.Contains("PasswordHash", entry.Changes);
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownAddress_GivesTheSameReply_AndSendsNothing()
    {
        var known = Unique("known");
        var unknown = Unique("nobody");
        await portal.CreateAccountAsync(new UserAccountForm { Email = known, DisplayName = "Kim Known", Roles = [AllianceRoles.Member] }, ChosenPassword);

        var unknownReply = await AskForResetAsync(portal.CreateBrowserClient(), unknown);
        var knownReply = await AskForResetAsync(portal.CreateBrowserClient(), known);

        Assert.Equal(knownReply, unknownReply);
        // One outbox sends in order: once the later message has arrived, one for the unknown address would have too.
        await portal.Smtp.WaitForAsync(known, skip: 1);
        Assert.Empty(portal.Smtp.To(unknown));
    }

    [Fact]
    public async Task ForgotPassword_FromAFrenchPage_MailsInFrench()
    {
        var email = Unique("oublieuse");
        await portal.CreateAccountAsync(new UserAccountForm { Email = email, DisplayName = "Odile Oublieuse", Roles = [AllianceRoles.Member] }, ChosenPassword);

        var reply = await AskForResetAsync(await portal.CreateBrowserClient().InFrenchAsync(), email);

        Assert.Contains("Si un compte existe pour cette adresse", reply, StringComparison.Ordinal);
        var mail = await portal.Smtp.WaitForAsync(email, skip: 1);
        Assert.Equal("Changer votre mot de passe sur le portail stratégique de l'Alliance", mail.Subject);
        Assert.Contains("Bonjour Odile Oublieuse,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Choisir un nouveau mot de passe", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_Posts_AreThrottledWithTheSignIns()
    {
        var client = portal.CreateBrowserClient();
        var email = Unique("hammered");
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 8; i++)
        {
            var page = await client.GetStringAsync("/Account/ForgotPassword");
            statuses.Add((await client.PostAsync("/Account/ForgotPassword", ResetForm(page, email))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    /// <summary>Asks for a reset link and returns what the reply page says.</summary>
    private static async Task<string> AskForResetAsync(HttpClient client, string email)
    {
        var page = await client.GetStringAsync("/Account/ForgotPassword");
        var response = await client.PostAsync("/Account/ForgotPassword", ResetForm(page, email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reply = new HtmlParser().ParseDocument(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        return reply.QuerySelector(".account-page")!.TextContent.Trim();
    }

    private static FormUrlEncodedContent ResetForm(string page, string email) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(page),
        ["_handler"] = "forgot-password",
        ["Input.Email"] = email,
    });

    /// <summary>The link of the message, as a path on the portal; it must be absolute in both bodies.</summary>
    private static string LinkIn(MimeMessage mail, string page)
    {
        var match = LinkPattern().Match(mail.TextBody ?? "");
        Assert.True(match.Success, mail.TextBody);
        var url = new Uri(match.Value);
        Assert.Equal($"/Account/{page}", url.AbsolutePath);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(url.AbsoluteUri)}\"", mail.HtmlBody, StringComparison.Ordinal);
        return url.PathAndQuery;
    }

    private static string Unique(string name) => $"{name}.{Guid.NewGuid():N}@alliance.test";

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = portal.ArrangeDb();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<List<AuditEntry>> AccountEntriesAsync(string userId)
    {
        await using var db = portal.ArrangeDb();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Entity == AuditEntity.Account && e.EntityKey == userId).ToListAsync();
    }

    [GeneratedRegex(@"https://localhost/Account/\w+\?\S+")]
    private static partial Regex LinkPattern();
}
