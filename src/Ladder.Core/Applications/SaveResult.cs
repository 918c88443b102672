namespace Ladder.Applications;

/// <summary>The outcome of storing a submission.</summary>
public abstract record SaveResult
{
    private SaveResult() { }

    /// <summary>Stored now, durably, under a new reference.</summary>
    public sealed record Created(string Reference) : SaveResult;

    /// <summary>The same submission was already stored under this idempotency key; nothing new was written.</summary>
    public sealed record Replayed(string Reference) : SaveResult;

    /// <summary>The idempotency key was already used for a different submission; nothing was written.</summary>
    public sealed record KeyConflict : SaveResult;
}
