namespace Alliance.Web.Features.Mail;

/// <summary>
/// Where the portal's mail goes (section <c>Mail</c>): to an SMTP server when <c>Smtp:Host</c> is
/// set, to a folder of <c>.eml</c> files when <c>PickupFolder</c> is set, or both. In Development
/// the folder defaults to <c>App_Data/mail</c>; elsewhere the portal refuses to start with neither.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender, as "Name &lt;address&gt;" or a bare address.</summary>
    public string? From { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>A folder that receives every message as an <c>.eml</c> file (relative to the content root).</summary>
    public string? PickupFolder { get; set; }

    public bool SendsToSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public bool WritesToFolder => !string.IsNullOrWhiteSpace(PickupFolder);

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        /// <summary>Empty: the server takes mail without signing in (a relay on the portal's network).</summary>
        public string? UserName { get; set; }

        public string? Password { get; set; }

        public MailSecurity Security { get; set; } = MailSecurity.Auto;

        /// <summary>How long one delivery may take before it counts as failed.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    }
}

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum MailSecurity
{
    /// <summary>TLS from the start on port 465, STARTTLS when the server offers it otherwise.</summary>
    Auto,

    /// <summary>Plain text: only for a server on the same machine or a test (smtp4dev).</summary>
    None,

    /// <summary>STARTTLS, required.</summary>
    StartTls,

    /// <summary>TLS from the start (usually port 465).</summary>
    SslOnConnect,
}
