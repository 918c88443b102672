using Ladder.Catalog;

namespace Ladder.Matching;

/// <summary>
/// One role's weighted sparse vector in the skill space: each block L2-normalised on its own, indices ascending,
/// plus the dense skill and knowledge ratings the level-gap penalty reads.
/// </summary>
public sealed class RoleProfile
{
    internal RoleProfile(int ordinal, Role role, int[] indices, float[] values, int[] blockStarts, BlockMask blocks,
        float[] levels, float[] importance, GapTarget[] gapTargets, int? jobZone)
    {
        var soc = role.Code;
        Major = soc[..2];
        Minor = soc[..4];
        Broad = soc[..6];
        Ordinal = ordinal;
        Role = role;
        Indices = indices;
        Values = values;
        BlockStarts = blockStarts;
        Blocks = blocks;
        Levels = levels;
        Importance = importance;
        GapTargets = gapTargets;
        JobZone = jobZone;
    }

    /// <summary>Position of this profile in <see cref="SkillSpace.Profiles"/>.</summary>
    public int Ordinal { get; }
    public Role Role { get; }
    internal int[] Indices { get; }
    internal float[] Values { get; }
    /// <summary>Where each similarity block begins in <see cref="Indices"/>; one extra entry marks the end.</summary>
    internal int[] BlockStarts { get; }
    internal BlockMask Blocks { get; }
    /// <summary>O*NET level 0–7 per skill and knowledge element (by local index), 0 where unrated.</summary>
    internal float[] Levels { get; }
    /// <summary>O*NET's standard error of each level (by local index), 0 where unrated or not published.</summary>
    internal float[] LevelErrors { get; init; } = [];
    /// <summary>O*NET importance 1–5 per skill and knowledge element, 0 where unrated.</summary>
    internal float[] Importance { get; }
    internal GapTarget[] GapTargets { get; }
    public int? JobZone { get; }
    internal string Major { get; }
    internal string Minor { get; }
    internal string Broad { get; }

    /// <summary>
    /// This profile's place among its space's profiles in ordinal order of slugs: lists of moves break ties by slug, and
    /// comparing two ints is what a million comparisons at import can afford. Set once by the space.
    /// </summary>
    internal int SlugOrder { get; set; }

    /// <summary>Memo of <see cref="TransitionAnalyzer.Technologies"/>: the order depends only on this profile and its space.</summary>
    internal IReadOnlyList<Feature>? RankedTechnologies;

    /// <summary>True when O*NET rated this role's skills and knowledge.</summary>
    public bool HasRatings => (Blocks & BlockMask.SkillsKnowledge) != 0;

    /// <summary>The features this profile holds in <paramref name="block"/>, with their normalised weight.</summary>
    internal IEnumerable<(int Index, float Value)> Block(SimilarityBlock block)
    {
        for (int i = BlockStarts[(int)block]; i < BlockStarts[(int)block + 1]; i++) yield return (Indices[i], Values[i]);
    }
}

/// <summary>One of B's most important skills, checked for a level gap: local skill index, importance share, B's level.</summary>
internal readonly record struct GapTarget(int Element, float Share, float Level);

/// <summary>The blocks whose cosines make up the similarity.</summary>
public enum SimilarityBlock
{
    SkillsKnowledge,
    Technologies,
    TechnologyCategories,
    WorkActivities,
    Interests,
    TaskText,
    Titles,
}

[Flags]
internal enum BlockMask : byte
{
    None = 0,
    SkillsKnowledge = 1,
    Technologies = 2,
    TechnologyCategories = 4,
    WorkActivities = 8,
    Interests = 16,
    TaskText = 32,
    Titles = 64,
    JobZone = 128,
}
