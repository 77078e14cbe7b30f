namespace Alliance.Web.Features.Mail;

/// <summary>
/// One message of the portal to one person, already in their language: paragraphs of plain text,
/// at most one link (the thing to do) and paragraphs after it. <see cref="PortalMailer"/> writes
/// both the text and the HTML body from them, so that no feature writes HTML by hand.
/// </summary>
public sealed record PortalMessage(string To, string? ToName, string Subject, IReadOnlyList<string> Paragraphs, MailLink? Link = null)
{
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>What kind of message, for the log; never its content (a link in a log is a key in a log).</summary>
    public string Kind { get; init; } = "message";
}

/// <param name="Text">What the button says.</param>
/// <param name="Url">An absolute address (<see cref="PortalLinks"/>).</param>
public sealed record MailLink(string Text, Uri Url);
