using Ladder.Cli;

namespace Ladder.Tests.Fixtures;

/// <summary>What one in-process run of the <c>ladder</c> command line printed and returned.</summary>
public sealed record LadderRun(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;

    public static LadderRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = LadderCli.Run(args, stdout, stderr);
        return new LadderRun(exit, stdout.ToString(), stderr.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
