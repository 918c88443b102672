using BenchmarkDotNet.Attributes;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Matching;

namespace Ladder.Benchmarks;

/// <summary>
/// What one transition page costs: the pay-by-level comparison read alone (<see cref="GuideComposer.LevelPay"/>)
/// against the baseline of composing both whole guides for it, which is how transitions got their level pay before,
/// and the whole analysis, for data analyst → machine learning engineer (two curated roles, the dearest guides to compose).
/// </summary>
[MemoryDiagnoser]
public class TransitionBenchmarks
{
    private LadderCatalog _catalog = null!;
    private GuideComposer _composer = null!;
    private SkillSpace _space = null!;
    private Role _from = null!;
    private Role _to = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ShippedCatalog.Load();
        _composer = new GuideComposer(_catalog);
        _space = SkillSpace.Build(_catalog);
        _from = _catalog.FindRole("data-analyst")!;
        _to = _catalog.FindRole("machine-learning-engineer")!;
    }

    [Benchmark(Baseline = true)]
    public int LevelPayFromComposedGuides() => _composer.Compose(_from).Levels.Count + _composer.Compose(_to).Levels.Count;

    [Benchmark]
    public int LevelPayAlone() => _composer.LevelPay(_from).Count + _composer.LevelPay(_to).Count;

    [Benchmark]
    public Transition WholeTransition() => TransitionAnalyzer.Analyze(_space, _from, _to);
}
