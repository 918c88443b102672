namespace Ladder.Tests.Web;

/// <summary>
/// The browser tests run on their own, after the other test classes: a headless Chromium starved of CPU by
/// parallel load tests misses its own timeouts, which would make the results depend on the machine's load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
