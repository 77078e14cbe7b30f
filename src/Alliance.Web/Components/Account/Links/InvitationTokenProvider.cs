using Alliance.Data.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Components.Account.Links;

/// <summary>
/// Invitation codes: protected with the data-protection keys like Identity's reset codes, with a
/// lifetime of their own, and bound to the account's security stamp, which choosing a password
/// renews (so a code works once) and a new invitation renews (so only the latest one works).
/// </summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtection, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(dataProtection, options, logger)
{
    public const string ProviderName = "Invitation";
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = new AccountLinkOptions().InvitationLifetime;
    }
}
