using Ladder.Engine;
using Ladder.Web;
using Xunit.Abstractions;

namespace Ladder.Tests.Architecture;

/// <summary>
/// Dependencies between Ladder's namespaces point one way (docs/architecture.md): no two namespaces use each other,
/// directly or through others, in the compiled Ladder.Core and ladder assemblies; and the document lists what the
/// code has.
/// </summary>
public sealed class NamespaceCycleTests(ITestOutputHelper output)
{
    private const string Begin = "<!-- namespaces: generated from the code by tests/Ladder.Tests/Architecture -->";
    private const string End = "<!-- end of namespaces -->";

    private static NamespaceGraph Graph() => NamespaceGraph.Read(typeof(LadderEngine).Assembly.Location, typeof(LadderWebApp).Assembly.Location);

    [Fact]
    public void No_Ladder_namespaces_depend_on_each_other()
    {
        var graph = Graph();
        Assert.True(graph.Uses.Count > 20, $"only {graph.Uses.Count} namespaces read");
        foreach (var pair in graph.MutualPairs()) output.WriteLine(pair);
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0,
            "Namespaces in a cycle:\n" + string.Join('\n', cycles.Select(c => string.Join(" → ", c))) + "\nPairs that use each other:\n" + string.Join('\n', graph.MutualPairs()));
    }

    [Fact]
    public void The_architecture_document_lists_the_namespaces_the_code_has()
    {
        var expected = Begin + "\n```\n" + string.Join('\n', Graph().Uses.Select(kv => $"{kv.Key} → {(kv.Value.Count == 0 ? "(nothing)" : string.Join(", ", kv.Value.Keys))}")) + "\n```\n" + End;
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "architecture.md")).ReplaceLineEndings("\n");
        int at = doc.IndexOf(Begin, StringComparison.Ordinal), end = doc.IndexOf(End, StringComparison.Ordinal);
        var actual = at >= 0 && end > at ? doc[at..(end + End.Length)] : "(no generated block)";
        Assert.True(expected == actual, "docs/architecture.md should hold, verbatim:\n" + expected);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ladder.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (Ladder.slnx) is not above the test binaries.");
    }
}
