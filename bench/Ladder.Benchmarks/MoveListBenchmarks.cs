using BenchmarkDotNet.Attributes;
using Ladder.Catalog;
using Ladder.Matching;

namespace Ladder.Benchmarks;

/// <summary>
/// One list of moves as <c>/start</c>, <c>ladder transitions</c> and the API build it (ten out, ten in, each analysed),
/// against the baseline of ranking by the similarity score alone (<see cref="SkillSpace.BestFrom"/>, how lists were
/// ranked before the move model), for cashiers, the role the issue reads. The limit: one list under 50 ms.
/// </summary>
[MemoryDiagnoser]
public class MoveListBenchmarks
{
    private SkillSpace _space = null!;
    private Role _role = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = ShippedCatalog.Load();
        _space = SkillSpace.Build(catalog);
        _role = catalog.RoleForCode("41-2011.00")!;
    }

    [Benchmark(Baseline = true)]
    public int SimilarityRankingOnly() => _space.BestFrom(_space.ProfileOf(_role), 10).Count;

    [Benchmark]
    public int ModelRankingOnly() => MoveRanking.Out(_space, _space.ProfileOf(_role), 10).Count;

    [Benchmark]
    public TransitionList WholeList() => TransitionList.For(_space, _role, 10);
}
