namespace Ladder.Tests.Matching;

/// <summary>A copy of the shared shipped catalog database for one test class, and a way to run <c>ladder</c> on it.</summary>
public sealed class MatchingCliFixture : ShippedCatalogFixture
{
    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Ladder.LadderCli.Run(["--db", DatabasePath, .. args], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
