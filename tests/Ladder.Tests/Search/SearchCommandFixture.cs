using Ladder.Cli;

namespace Ladder.Tests.Search;

/// <summary>A copy of the shared shipped catalog database for the search command tests.</summary>
public sealed class SearchCommandFixture : ShippedCatalogFixture
{
    public (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = LadderCli.Run([.. args, "--db", DatabasePath], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
