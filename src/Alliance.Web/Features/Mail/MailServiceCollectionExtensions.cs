using Microsoft.Extensions.Options;

namespace Alliance.Web.Features.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// The mail sender and its settings. Development writes to <c>App_Data/mail</c> unless told
    /// otherwise; anywhere else the portal does not start until mail has somewhere to go, because a
    /// portal that cannot send invitations and password resets fails people silently (decision 0016).
    /// </summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.Section))
            .Validate(portal => Uri.TryCreate(portal.PublicUrl, UriKind.Absolute, out var uri) ? uri.Scheme is "https" or "http" : string.IsNullOrWhiteSpace(portal.PublicUrl),
                $"{PortalOptions.Section}:PublicUrl must be an absolute http(s) address such as https://portal.example.org/.")
            .ValidateOnStart();
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .PostConfigure(mail =>
            {
                if (environment.IsDevelopment())
                {
                    mail.From ??= "Alliance Strategy Portal <portal@localhost>";
                    mail.PickupFolder ??= Path.Combine("App_Data", "mail");
                }
                if (mail.WritesToFolder)
                {
                    mail.PickupFolder = Path.GetFullPath(mail.PickupFolder!, environment.ContentRootPath);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidation>();
        services.AddSingleton<PortalMailer>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<MailOutbox>());
        services.AddScoped<PortalLinks>();
        return services;
    }

    private sealed class MailOptionsValidation : IValidateOptions<MailOptions>
    {
        public ValidateOptionsResult Validate(string? name, MailOptions mail)
        {
            var problems = new List<string>();
            if (!MimeKit.MailboxAddress.TryParse(mail.From ?? "", out _))
            {
                problems.Add($"{MailOptions.Section}:From must be the sender's address (\"Alliance Strategy Portal <portal@example.org>\"); it is '{mail.From}'.");
            }
            if (!mail.SendsToSmtp && !mail.WritesToFolder)
            {
                problems.Add($"Mail has nowhere to go: set {MailOptions.Section}:Smtp:Host (and Port, UserName, Password, Security), "
                    + $"or {MailOptions.Section}:PickupFolder to keep messages as .eml files. Invitations and password resets are sent by mail.");
            }
            if (mail.Smtp.Port is < 1 or > 65535)
            {
                problems.Add($"{MailOptions.Section}:Smtp:Port must be between 1 and 65535.");
            }
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
