using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Alliance.Web.Features.Mail;

/// <summary>
/// The portal's one mail sender: builds a MIME message (plain text and simple HTML) from a
/// <see cref="PortalMessage"/>, and delivers it to the SMTP server and/or the pickup folder the
/// configuration names (<see cref="MailOptions"/>). A failure throws: the caller decides whether a
/// person is told (an invitation) or only the log is (a password reset, sent off the request).
/// </summary>
public sealed class PortalMailer(IOptions<MailOptions> options, TimeProvider clock, ILogger<PortalMailer> logger)
{
    private MailOptions Settings => options.Value;

    public async Task SendAsync(PortalMessage message, CancellationToken cancellationToken = default)
    {
        var mime = Build(message);
        if (Settings.WritesToFolder)
        {
            var path = await WriteToFolderAsync(mime, cancellationToken);
            logger.LogInformation("Mail ({Kind}) written to {Path}", message.Kind, path);
        }
        if (Settings.SendsToSmtp)
        {
            await SendToSmtpAsync(mime, cancellationToken);
            logger.LogInformation("Mail ({Kind}) sent through {Host}:{Port}", message.Kind, Settings.Smtp.Host, Settings.Smtp.Port);
        }
    }

    internal MimeMessage Build(PortalMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(Settings.From!));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.To));
        mime.Subject = message.Subject;
        mime.Date = clock.GetUtcNow();
        var body = new BodyBuilder { TextBody = TextBody(message), HtmlBody = HtmlBody(message) };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static string TextBody(PortalMessage message)
    {
        var parts = message.Paragraphs.ToList();
        if (message.Link is { } link)
        {
            // The address on a line of its own: mail programs make it clickable and nothing wraps into it.
            parts.Add($"{link.Text}:\n{link.Url.AbsoluteUri}");
        }
        return string.Join("\n\n", parts.Concat(message.After)) + "\n";
    }

    private static string HtmlBody(PortalMessage message)
    {
        var html = new System.Text.StringBuilder("<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif;line-height:1.5;color:#222222\">");
        foreach (var paragraph in message.Paragraphs)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
        }
        if (message.Link is { } link)
        {
            var url = Encode(link.Url.AbsoluteUri);
            html.Append("<p><a href=\"").Append(url)
                .Append("\" style=\"display:inline-block;padding:10px 16px;background:#1c4f9c;color:#ffffff;text-decoration:none;border-radius:4px\">")
                .Append(Encode(link.Text)).Append("</a></p>")
                .Append("<p style=\"font-size:small;color:#555555\">").Append(url).Append("</p>");
        }
        foreach (var paragraph in message.After)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private async Task<string> WriteToFolderAsync(MimeMessage mime, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Settings.PickupFolder!);
        // Sortable by time, and never two messages on one name.
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Settings.PickupFolder!, name);
        await mime.WriteToAsync(path, cancellationToken);
        return path;
    }

    private async Task SendToSmtpAsync(MimeMessage mime, CancellationToken cancellationToken)
    {
        var smtp = Settings.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security switch
        {
            MailSecurity.None => SecureSocketOptions.None,
            MailSecurity.StartTls => SecureSocketOptions.StartTls,
            MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        }, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
