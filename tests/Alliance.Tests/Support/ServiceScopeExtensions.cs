using System.Security.Claims;
using Alliance.Web.Components.Account;
using Alliance.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Support;

public static class ServiceScopeExtensions
{
    /// <summary>
    /// A request scope in which feature services see <paramref name="email"/> as the signed-in
    /// user, with whatever extra claims the test forges (services must not trust them).
    /// </summary>
    public static async Task<AsyncServiceScope> ScopeForUserAsync(this WebApplicationFactory<Program> factory, string email, params Claim[] forgedClaims)
    {
        var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No user {email}");
        // Signed in as a person does it, with a second factor where the account has one (staff need it).
        Claim[] signIn = user.TwoFactorEnabled ? [new Claim(SecondFactor.ClaimType, SecondFactor.ClaimValue)] : [];
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, email), .. signIn, .. forgedClaims], "Test");
        var provider = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity))));
        return scope;
    }
}
