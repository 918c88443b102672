using BenchmarkDotNet.Attributes;
using Ladder.Catalog;
using Ladder.Discover;
using Ladder.Engine;
using Ladder.Interests;

namespace Ladder.Benchmarks;

/// <summary>
/// One career finder answer: every occupation ranked by interest fit (the target is under 20 ms in process), against a
/// baseline that ranks the same way straight from each occupation's interest ratings with LINQ, in the same run.
/// </summary>
[MemoryDiagnoser]
public class DiscoverBenchmarks
{
    private LadderEngine _engine = null!;
    private LadderCatalog _catalog = null!;
    private Role _cashier = null!;
    private readonly InterestProfile _profile = new([6.5, 2, 1, 3.5, 2.5, 5.5]);

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ShippedCatalog.Load();
        _engine = new LadderEngine(_catalog);
        _cashier = _catalog.FindRole("cashiers")!;
        _ = _engine.Careers;
        _ = _engine.Space;
    }

    [Benchmark(Baseline = true)]
    public int NaiveLinqRanking()
    {
        var person = _profile.Scores;
        var mean = person.Average();
        return _catalog.Occupations.Where(o => o.Interests.Count == 6)
            .Select(o =>
            {
                var theirs = Ladder.Interests.InterestArea.All.Select(a => o.Interests.First(r => r.Name == a.Name).Value).ToArray();
                var m = theirs.Average();
                var dot = person.Zip(theirs, (x, y) => (x - mean) * (y - m)).Sum();
                var fit = dot / Math.Sqrt(person.Sum(x => (x - mean) * (x - mean)) * theirs.Sum(y => (y - m) * (y - m)));
                return (o, fit);
            })
            .OrderByDescending(x => x.fit).Take(20).Count();
    }

    [Benchmark]
    public int RankAllTop20() => _engine.Discover(new DiscoverQuery { Profile = _profile }).Items.Count;

    [Benchmark]
    public int RankAllTop100WithFilters() => _engine.Discover(new DiscoverQuery
    {
        Profile = _profile, Limit = 100, JobZone = 3, WorkValues = [WorkValue.All[0], WorkValue.All[4]], MinimumPay = 40_000,
    }).Items.Count;

    [Benchmark]
    public int RankAllTop20WithMovesFromCurrentJob() => _engine.Discover(new DiscoverQuery { Profile = _profile }, _cashier).Items.Count;
}
