using BenchmarkDotNet.Attributes;
using Ladder.Catalog;
using Ladder.Search;

namespace Ladder.Benchmarks;

/// <summary>TitleIndex: build time, one query, and a 100k-title batch on one thread.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private LadderCatalog _catalog = null!;
    private TitleIndex _index = null!;
    private string[] _messy = null!;
    private string[] _batch = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ShippedCatalog.Load();
        _index = TitleIndex.Build(_catalog);
        _messy = ShippedCatalog.MessyTitles();
        _batch = ShippedCatalog.BatchTitles();
    }

    [Benchmark]
    public TitleIndex Build() => TitleIndex.Build(_catalog);

    /// <summary>One messy title per invocation, cycling through the 395.</summary>
    [Benchmark]
    public TitleSearchResult SingleQuery() => _index.Search(_messy[_next++ % _messy.Length], 10);

    [Benchmark(OperationsPerInvoke = 100_000)]
    public int Batch100k()
    {
        int matched = 0;
        foreach (var title in _batch) if (_index.Search(title, 1).Best is not null) matched++;
        return matched;
    }
}
