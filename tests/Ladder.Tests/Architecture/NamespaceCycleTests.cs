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
    /// <summary>
    /// Uses that close a cycle and came in with the career finder, state pay, licences, career families and the move model while issue 24 removed the others: the
    /// catalog loads their tables, and their stores write through the importer's helpers. Listed so that any other
    /// cycle fails now; each must leave this list when its feature's owner moves the loading or writing.
    /// </summary>
    private static readonly (string From, string To)[] Known =
    [
        ("Ladder.Catalog", "Ladder.Interests"), ("Ladder.Catalog", "Ladder.States"),
        ("Ladder.Interests", "Ladder.Import"), ("Ladder.States", "Ladder.Import"),
        ("Ladder.Catalog", "Ladder.Licences"), ("Ladder.Licences", "Ladder.Import"),
        // Came in with career families as data and the move model, merged after the cycles were removed.
        ("Ladder.Catalog", "Ladder.Guides"), ("Ladder.Guides", "Ladder.Import"), ("Ladder.Matching", "Ladder.Matching.Moves"),
        ("Ladder.Licences", "Ladder.Catalog"),
    ];

    private const string Begin = "<!-- namespaces: generated from the code by tests/Ladder.Tests/Architecture -->";
    private const string End = "<!-- end of namespaces -->";

    private static NamespaceGraph Graph() => NamespaceGraph.Read(typeof(LadderEngine).Assembly.Location, typeof(LadderWebApp).Assembly.Location);

    [Fact]
    public void No_Ladder_namespaces_depend_on_each_other()
    {
        var graph = Graph();
        Assert.True(graph.Uses.Count > 20, $"only {graph.Uses.Count} namespaces read");
        foreach (var pair in graph.MutualPairs()) output.WriteLine(pair);
        foreach (var (from, to) in Known)
        {
            Assert.True(graph.Uses[from].ContainsKey(to), $"{from} no longer uses {to}: take it off the known list");
            graph.Uses[from].Remove(to);
        }
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
