namespace Ladder.Web.Applications;

/// <summary>Everything the applications feature logs. Nothing here takes an email address, a name or a message.</summary>
internal static partial class ApplicationLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Application {Reference} stored for {TargetRole} via {Channel}")]
    public static partial void Stored(ILogger logger, string reference, string targetRole, string channel);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "A form submission filled the honeypot field; discarded without storing")]
    public static partial void Honeypot(ILogger logger);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Admin request refused: {Reason}")]
    public static partial void AdminRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Applications are stored in {Store}")]
    public static partial void StoreSelected(ILogger logger, string store);
}
