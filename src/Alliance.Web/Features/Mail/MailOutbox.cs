using System.Threading.Channels;

namespace Alliance.Web.Features.Mail;

/// <summary>
/// Messages sent off the request that asked for them: the request answers at once, the same
/// whether a message was posted or not (a password reset for an address with no account posts
/// nothing), and a slow or failing mail server shows in the log, not in the reply. Kept in this
/// instance's memory: a message still queued when the portal stops is lost, and the person asks again.
/// </summary>
public sealed class MailOutbox(PortalMailer mailer, ILogger<MailOutbox> logger) : BackgroundService
{
    private readonly Channel<PortalMessage> _queue = Channel.CreateBounded<PortalMessage>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues a message; false (and a warning) when the queue is full.</summary>
    public bool Post(PortalMessage message)
    {
        if (_queue.Writer.TryWrite(message))
        {
            return true;
        }
        logger.LogWarning("Mail ({Kind}) dropped: the outbox is full", message.Kind);
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await mailer.SendAsync(message, stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(failure, "Mail ({Kind}) could not be sent", message.Kind);
            }
        }
    }
}
