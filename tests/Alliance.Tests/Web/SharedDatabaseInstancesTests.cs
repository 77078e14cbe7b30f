using System.Net;
using Alliance.Tests.Support;

namespace Alliance.Tests.Web;

/// <summary>
/// Two portal instances on one database, as behind a load balancer without sticky sessions: the keys
/// and the sessions are in the database, so either instance reads what the other issued. An
/// instance with another certificate (someone holding only a copy of the database) reads nothing.
/// </summary>
public sealed class SharedDatabaseInstancesTests : IDisposable
{
    // Short, so that a session ended on one instance is seen ended by the other within the test.
    private static readonly (string, string) s_quickSessionChecks = ("Sessions:CheckInterval", "00:00:00.100");

    private readonly string _databasePath = PortalFactory.NewDatabasePath();
    private readonly ProductionInstance _first;
    private readonly ProductionInstance _second;

    public SharedDatabaseInstancesTests()
    {
        _first = new ProductionInstance(_databasePath, TestCertificates.SharedPath, s_quickSessionChecks);
        _second = new ProductionInstance(_databasePath, TestCertificates.SharedPath, s_quickSessionChecks);
    }

    [Fact]
    public async Task ASignInOnOneInstance_OpensPagesOnTheOther()
    {
        var browser = new CookieContainer();
        var onFirst = _first.BrowserWith(browser);
        Assert.Equal(HttpStatusCode.Redirect, (await onFirst.SignInAsync(ProductionTests.AdminEmail, ProductionTests.AdminPassword)).StatusCode);
        var onSecond = _second.BrowserWith(browser);

        var page = await onSecond.GetAsync("/members");
        var withoutTheCookie = await _second.BrowserWith(new CookieContainer()).GetAsync("/members");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("user-menu-name", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, withoutTheCookie.StatusCode);
    }

    [Fact]
    public async Task TheSignInFormOfOneInstance_IsAcceptedByTheOther()
    {
        var browser = new CookieContainer();
        var token = PortalClient.AntiforgeryToken(await _first.BrowserWith(browser).GetStringAsync("/Account/Login"));

        var response = await _second.BrowserWith(browser).PostAsync("/Account/Login", SignInForm(token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _first.BrowserWith(browser).GetAsync("/members")).StatusCode);
    }

    [Fact]
    public async Task ASignedInFormToken_FromOneInstance_IsAcceptedByTheOther_AndItsSignOutEndsTheSessionOnBoth()
    {
        var browser = new CookieContainer();
        var onFirst = _first.BrowserWith(browser);
        await onFirst.SignInAsync(ProductionTests.AdminEmail, ProductionTests.AdminPassword);
        var token = PortalClient.AntiforgeryToken(await onFirst.GetStringAsync("/"));
        // A copy of the cookie, kept from before the sign-out (which deletes the browser's own).
        var copied = new CookieContainer();
        copied.Add(browser.GetAllCookies());
        Assert.Equal(HttpStatusCode.OK, (await _first.BrowserWith(copied).GetAsync("/members")).StatusCode);
        var onSecond = _second.BrowserWith(browser);

        var forged = await onSecond.PostAsync("/Account/Logout", SignOutForm(token[..^4] + "AAAA"));
        var signOut = await onSecond.PostAsync("/Account/Logout", SignOutForm(token));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.Equal(HttpStatusCode.Redirect, (await _first.BrowserWith(copied).GetAsync("/members")).StatusCode);
    }

    [Fact]
    public async Task AnInstanceWithAnotherCertificate_OnACopyOfTheDatabase_ReadsNeitherCookiesNorFormTokens()
    {
        var browser = new CookieContainer();
        var onFirst = _first.BrowserWith(browser);
        await onFirst.SignInAsync(ProductionTests.AdminEmail, ProductionTests.AdminPassword);
        var token = PortalClient.AntiforgeryToken(await onFirst.GetStringAsync("/"));
        using var impostor = new ProductionInstance(_databasePath, TestCertificates.Create("CN=Not the Alliance's certificate"));
        var onImpostor = impostor.BrowserWith(browser);

        var page = await onImpostor.GetAsync("/members");
        var signOut = await onImpostor.PostAsync("/Account/Logout", SignOutForm(token));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/Login", page.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    private static FormUrlEncodedContent SignInForm(string token) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["_handler"] = "login",
        ["Input.Email"] = ProductionTests.AdminEmail,
        ["Input.Password"] = ProductionTests.AdminPassword,
    });

    private static FormUrlEncodedContent SignOutForm(string token) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["ReturnUrl"] = "",
    });
}
