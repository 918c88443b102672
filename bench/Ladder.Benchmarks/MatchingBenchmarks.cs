using BenchmarkDotNet.Attributes;
using Ladder.Catalog;
using Ladder.Matching;

namespace Ladder.Benchmarks;

/// <summary>SkillSpace build, all-pairs transition scores, and one gap query with résumé extraction, on the real catalog.</summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private LadderCatalog _catalog = null!;
    private SkillSpace _space = null!;
    private GapAnalyzer _gap = null!;
    private Role _target = null!;
    private string _resume = "";
    private float[] _scores = [];
    private float[] _scratch = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ShippedCatalog.Load();
        _space = SkillSpace.Build(_catalog);
        _gap = new GapAnalyzer(_space);
        _target = _catalog.FindRole("data-scientist")!;
        _scores = new float[_space.Profiles.Count];
        _scratch = new float[_space.Features.Count];
        // About two pages: the labelled résumés are 100–160 words, so four of them make ~600 words.
        var folder = Path.Combine(AppContext.BaseDirectory, "resumes");
        _resume = string.Join("\n\n", Directory.GetFiles(folder, "*.txt").Order().Take(4).Select(File.ReadAllText));
    }

    [Benchmark]
    public SkillSpace BuildSkillSpace() => SkillSpace.Build(_catalog);

    /// <summary>Every ordered pair of roles (occupations and curated roles): about 1.1 million scores, one core.</summary>
    [Benchmark]
    public float AllPairs()
    {
        float checksum = 0;
        foreach (var from in _space.Profiles)
        {
            _space.ScoreFrom(from, _scores, _scratch);
            checksum += _scores[0];
        }
        return checksum;
    }

    [Benchmark]
    public GapReport GapFromResume()
    {
        var hits = _space.Extractor.Extract(_resume);
        return _gap.Analyze(_target, GapAnalyzer.FromHits(hits), "resume", new Extraction(hits, []));
    }
}
