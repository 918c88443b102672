namespace Ladder.Cli;

/// <summary>What the process exit code means.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Bad data, a missing or outdated database, or another failure the message explains.</summary>
    public const int Failed = 1;
    /// <summary>The role was unknown or ambiguous; candidates are printed.</summary>
    public const int NotResolved = 2;
}
