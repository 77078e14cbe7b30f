using System.Net;
using Alliance.Data.Identity;
using Alliance.Data.Seeding;
using Alliance.Domain.Accounts;
using Alliance.Tests.Support;
using Alliance.Web.Components.Account.Passwords;
using Alliance.Web.Features.Administration;
using Alliance.Web.Features.Shared;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Web;

/// <summary>Guessable passwords are refused wherever a password is set: from an invitation, on the change-password page.</summary>
[Collection(PortalCollection.Name)]
public sealed class PasswordRuleTests(PortalFactory portal)
{
    private const string GoodPassphrase = "river-lantern-oak-sunday";

    /// <summary>Each guessable password, and the start of the message that must explain why.</summary>
    public static TheoryData<string, string> GuessablePasswords => new()
    {
        { "password1234", "This password is one of the most common" },
        { "aaaaaaaaaaaa", "The password must contain at least 6 different characters." },
        { "qwertyuiop123", "This password is one of the most common" },
        { "monkey12345678", "This password is one of the most common" },
        { "abcabcabcabcabc", "The password must not be a repeated pattern" },
        { "abcdefghijklmn", "The password must not be a repeated pattern or a sequence" },
        { "wilhelmina-rules-2026", "The password must not contain the account's name or e-mail address." },
        { "Wilhelmína-Rules-2026", "The password must not contain the account's name or e-mail address." },
        { "i-am-w.okafor-here", "The password must not contain the account's name or e-mail address." },
    };

    [Fact]
    public void TheCommonPasswordList_IsShipped_WithAtLeastTenThousandEntries()
    {
        Assert.True(GuessablePasswordValidator.CommonPasswordCount >= 10_000, $"{GuessablePasswordValidator.CommonPasswordCount} entries");
        Assert.True(GuessablePasswordValidator.IsCommon("Password1234"));
        Assert.False(GuessablePasswordValidator.IsCommon(GoodPassphrase));
    }

    [Theory]
    [InlineData("abababababab", true)]
    [InlineData("passwordpassword", true)]
    [InlineData("river-river-river-", true)]
    [InlineData("river-lantern-river", false)]
    [InlineData("a-fresh-password-2026", false)]
    public void RepeatedPatterns_AreFound(string password, bool repeated) =>
        Assert.Equal(repeated, GuessablePasswordValidator.IsRepeatedPattern(password));

    [Theory]
    [InlineData("abcdefghijkl", true)]
    [InlineData("987654321098", true)]
    [InlineData("3456789012", true)]
    [InlineData("abcdefghijkx", false)]
    [InlineData("demo-alliance-2018", false)]
    public void Sequences_AreFound(string password, bool sequence) =>
        Assert.Equal(sequence, GuessablePasswordValidator.IsSequence(password));

    [Theory]
    [MemberData(nameof(GuessablePasswords))]
    public async Task Invitation_RefusesAGuessablePassword_NextToThePasswordField(string password, string message)
    {
        var email = $"w.okafor.{Guid.NewGuid():N}@alliance.test";
        await using (var scope = await portal.ScopeForUserAsync("admin@alliance.test"))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAdministrationService>().SaveAsync(NewAccount(email))).Succeeded);
        }

        var response = await portal.CreateBrowserClient().PostNewPasswordAsync(await portal.InvitationPathAsync(email), password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".account-error").ToList();
        Assert.Contains(errors, e => e.TextContent.StartsWith(message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("Input.Password", e.Closest(".account-field")!.QuerySelector("input")!.Id));
        await using var check = portal.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.False(await users.HasPasswordAsync((await users.FindByEmailAsync(email))!));
    }

    [Theory]
    [MemberData(nameof(GuessablePasswords))]
    public async Task ChangePassword_RefusesAGuessablePassword_NextToTheNewPasswordField(string password, string message)
    {
        var (client, _) = await SignedInNewAccountAsync();

        var response = await PostChangePasswordAsync(client, GoodPassphrase, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".account-error").ToList();
        Assert.Contains(errors, e => e.TextContent.StartsWith(message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("Input.NewPassword", e.Closest(".account-field")!.QuerySelector("input")!.Id));
    }

    [Fact]
    public async Task ChangePassword_ExplainsTheRule_InFrench()
    {
        var (client, _) = await SignedInNewAccountAsync();
        await client.InFrenchAsync();

        var response = await PostChangePasswordAsync(client, GoodPassphrase, "password1234");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ce mot de passe fait partie des plus courants", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_AcceptsAGoodPassphrase_WhichThenSignsIn()
    {
        var (client, email) = await SignedInNewAccountAsync();

        var response = await PostChangePasswordAsync(client, GoodPassphrase, "copper-meadow-violin-42");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.SignedInClientAsync(email, "copper-meadow-violin-42");
    }

    /// <summary>The demo accounts' password and every password the tests sign in with still pass the rules.</summary>
    [Theory]
    [InlineData("admin@alliance.test", SeedOptions.DefaultDemoPassword)]
    [InlineData("secretariat@alliance.test", SeedOptions.DefaultDemoPassword)]
    [InlineData("lead@alliance.test", SeedOptions.DefaultDemoPassword)]
    [InlineData("lead2@alliance.test", SeedOptions.DefaultDemoPassword)]
    [InlineData("member@alliance.test", SeedOptions.DefaultDemoPassword)]
    public async Task DemoPassword_PassesEveryRule(string email, string password)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email))!;

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }

    [Theory]
    [InlineData("first.admin@alliance.example", "Administrator", ProductionTests.AdminPassword)]
    [InlineData("new.lead@alliance.test", "Nadia New Lead", "a-fresh-password-2026")]
    [InlineData("to.lock@alliance.test", "To Lock", "a-fresh-password-2026")]
    public async Task PasswordsTheTestsUse_PassEveryRule(string email, string displayName, string password)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { Email = email, UserName = email, DisplayName = displayName };

        foreach (var validator in users.PasswordValidators)
        {
            Assert.True((await validator.ValidateAsync(users, user, password)).Succeeded, password);
        }
    }

    private static UserAccountForm NewAccount(string email) => new()
    {
        Email = email, DisplayName = "Wilhelmina Okafor", Roles = [AllianceRoles.Member],
    };

    private async Task<(HttpClient Client, string Email)> SignedInNewAccountAsync()
    {
        var email = $"w.okafor.{Guid.NewGuid():N}@alliance.test";
        await portal.CreateAccountAsync(NewAccount(email), GoodPassphrase);
        return (await portal.SignedInClientAsync(email, GoodPassphrase), email);
    }

    private static async Task<HttpResponseMessage> PostChangePasswordAsync(HttpClient client, string current, string next)
    {
        var form = await client.GetStringAsync("/Account/Manage/ChangePassword");
        return await client.PostAsync("/Account/Manage/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalClient.AntiforgeryToken(form),
            ["_handler"] = "change-password",
            ["Input.OldPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        }));
    }
}
