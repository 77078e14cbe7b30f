using Alliance.Data.Seeding;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Alliance.Tests.Support;

/// <summary>
/// A browser-like client: keeps cookies, does not follow redirects, signs in through the real form.
/// Each client is a different person's machine: it comes from its own address (the test server
/// gives none), so that the sign-in limits per address see many people, as in real life.
/// </summary>
public static partial class PortalClient
{
    public const string DemoPassword = "demo-alliance-2018";

    private static int s_lastClient;

    public static HttpClient CreateBrowserClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateBrowserClient(NextClientAddress());

    /// <summary>A client from <paramref name="address"/>: two clients from one address are one office behind one router.</summary>
    public static HttpClient CreateBrowserClient(this WebApplicationFactory<Program> factory, IPAddress address)
    {
        var server = factory.Server;
        var handler = new CookieContainerHandler { InnerHandler = server.CreateHandler(context => context.Connection.RemoteIpAddress = address) };
        // Over HTTPS, as browsers reach the portal: the sign-in cookie is Secure.
        return new HttpClient(handler) { BaseAddress = new Uri("https://localhost") };
    }

    /// <summary>A new loopback address (127.1.0.1, 127.1.0.2...): a label only, the test server opens no socket.</summary>
    public static IPAddress NextClientAddress()
    {
        var n = Interlocked.Increment(ref s_lastClient);
        return new IPAddress([127, (byte)(1 + (n >> 16)), (byte)(n >> 8), (byte)n]);
    }

    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> factory, string email, string password = DemoPassword)
    {
        var client = factory.CreateBrowserClient();
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var response = await client.PasswordStepAsync(email, password);
        // The demo staff have an authenticator: they answer the second step with its code, as a person would.
        return response.Headers.Location?.OriginalString.Contains("LoginWith2fa", StringComparison.Ordinal) == true
            ? await client.SecondFactorAsync(response.Headers.Location, SeedOptions.DefaultDemoAuthenticatorKey)
            : response;
    }

    /// <summary>The sign-in's first step alone: an account with two-factor sign-in is sent on to <c>LoginWith2fa</c>.</summary>
    public static async Task<HttpResponseMessage> PasswordStepAsync(this HttpClient client, string email, string password)
    {
        var loginPage = await client.GetStringAsync("/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(loginPage),
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Answers the sign-in's second step with the authenticator code of <paramref name="key"/>, asking or not to remember this browser.</summary>
    public static async Task<HttpResponseMessage> SecondFactorAsync(this HttpClient client, Uri page, string key, bool rememberMachine = false)
    {
        var html = await client.GetStringAsync(page);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(html),
            ["_handler"] = "login-with-2fa",
            ["Input.TwoFactorCode"] = Totp.Code(key),
        };
        if (rememberMachine)
        {
            fields["Input.RememberMachine"] = "true";
        }
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpClient> InFrenchAsync(this HttpClient client)
    {
        var response = await client.GetAsync("/culture/set?culture=fr&returnUrl=/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
