namespace Alliance.Web.Components.Account.Links;

/// <summary>How long the links the portal mails stay good (section <c>Accounts</c>); each works once.</summary>
public sealed class AccountLinkOptions
{
    public const string Section = "Accounts";

    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(3);

    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(2);
}
