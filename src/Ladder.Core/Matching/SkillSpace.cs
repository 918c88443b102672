using System.Collections.Frozen;
using Ladder.Catalog;
using Ladder.Occupations;

namespace Ladder.Matching;

/// <summary>
/// Every role as a weighted sparse profile over skills, knowledge, technologies, technology categories,
/// detailed work activities and interests. Built once from the catalog, then only read: thread-safe.
/// The terms and their weights are documented in docs/matching.md and set in <see cref="MatchingWeights"/>.
/// </summary>
public sealed partial class SkillSpace
{
    private readonly FrozenDictionary<string, RoleProfile> _bySlug;
    private readonly FrozenDictionary<string, int> _featureByName;
    private readonly int[] _blockOffsets;
    private readonly Lazy<SkillExtractor> _extractor;
    private readonly Lazy<MoveFacts[]> _moveFacts;

    private SkillSpace(LadderCatalog catalog, MatchingWeights weights, Lazy<SkillExtractor> extractor, Feature[] features, int[] blockOffsets,
        RoleProfile[] profiles, float[] skillMeans)
    {
        Catalog = catalog;
        Weights = weights;
        _extractor = extractor;
        Features = features;
        _blockOffsets = blockOffsets;
        Profiles = profiles;
        SkillMeans = skillMeans;
        _bySlug = profiles.ToFrozenDictionary(p => p.Role.Slug, StringComparer.Ordinal);
        var order = 0;
        foreach (var p in profiles.OrderBy(p => p.Role.Slug, StringComparer.Ordinal)) p.SlugOrder = order++;
        _moveFacts = new Lazy<MoveFacts[]>(() => MoveFacts.All(this, Moves), LazyThreadSafetyMode.ExecutionAndPublication);
        // Only the kinds a person can name (skills, technologies …) are looked up by name; task and title words never are.
        _featureByName = features.Where(f => f.Kind is not (FeatureKind.TaskWord or FeatureKind.TitleWord)).GroupBy(f => Key(f.Kind, f.Name)).ToFrozenDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);
    }

    /// <summary>Each profile's <see cref="MoveFacts"/> under <see cref="Moves"/>, by ordinal, looked up on first use.</summary>
    internal MoveFacts[] Facts => _moveFacts.Value;

    public LadderCatalog Catalog { get; }
    public MatchingWeights Weights { get; }
    /// <summary>The fitted model that ranks moves (<see cref="MoveRanking"/>).</summary>
    public MoveModel Moves { get; private init; } = MoveModel.SimilarityOnly;
    /// <summary>
    /// Finds skills in free text (gap queries). Unless one was passed to <see cref="Build"/>, the space does not keep the
    /// one it was built with (about 6 MB, and only gap queries read it after the build) and builds it again, the same
    /// from the same catalog, on first use: a server that never answers a gap query does not hold it.
    /// </summary>
    public SkillExtractor Extractor => _extractor.Value;
    public IReadOnlyList<Feature> Features { get; }
    /// <summary>Curated roles first, then every occupation, in catalog order.</summary>
    public IReadOnlyList<RoleProfile> Profiles { get; }
    /// <summary>The all-occupation mean of importance × level per skill and knowledge element (the centring of that block).</summary>
    internal float[] SkillMeans { get; }

    internal int SkillCount => _blockOffsets[1];

    public RoleProfile? Profile(Role role) => _bySlug.GetValueOrDefault(role.Slug);

    public RoleProfile ProfileOf(Role role) =>
        Profile(role) ?? throw new ArgumentException($"'{role.Slug}' is not a role of this skill space's catalog.", nameof(role));

    /// <summary>A role's technologies: hot, in-demand and curated first, then the most widely used.</summary>
    public IReadOnlyList<string> TechnologiesOf(RoleProfile profile) => TransitionAnalyzer.Technologies(this, profile).Select(f => f.Name).ToList();

    internal SimilarityBlock BlockOf(int featureIndex)
    {
        for (int b = _blockOffsets.Length - 2; b >= 0; b--)
            if (featureIndex >= _blockOffsets[b]) return (SimilarityBlock)b;
        return SimilarityBlock.SkillsKnowledge;
    }

    internal int? FindFeature(FeatureKind kind, string name) => _featureByName.TryGetValue(Key(kind, name), out var i) ? i : null;

    private static string Key(FeatureKind kind, string name) => ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + name.ToLowerInvariant();

    /// <summary>Builds the space for every role of <paramref name="catalog"/>.</summary>
    /// <remarks>Moves are ranked by <paramref name="moves"/>, by default the shipped model (<see cref="MoveModel.Shipped"/>).</remarks>
    public static SkillSpace Build(LadderCatalog catalog, MatchingWeights? weights = null, SkillExtractor? extractor = null, MoveModel? moves = null)
    {
        weights ??= MatchingWeights.Default;
        var kept = extractor is null
            ? new Lazy<SkillExtractor>(() => SkillExtractor.Build(catalog), LazyThreadSafetyMode.ExecutionAndPublication)
            : new Lazy<SkillExtractor>(extractor);
        return new SkillSpaceBuilder(catalog, weights, extractor ?? SkillExtractor.Build(catalog)).Build(
            (features, offsets, profiles, means) => new SkillSpace(catalog, weights, kept, features, offsets, profiles, means)
            {
                Moves = moves ?? MoveModel.Shipped,
            });
    }
}
