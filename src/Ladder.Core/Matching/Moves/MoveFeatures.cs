using System.Runtime.CompilerServices;
using Ladder.Catalog;

namespace Ladder.Matching;

/// <summary>
/// What the move model knows about a move A → B, from O*NET and BLS data and the destination priors only (never from
/// the origin's own observed moves, so the model generalises to occupations it was not fitted on).
/// <see cref="Names"/> fixes the order the fitted weights follow.
/// </summary>
public static class MoveFeatures
{
    /// <summary>The features in order; the model file lists the same names and is refused when they differ.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "similarity", "similarityRank", "skills", "technologies", "technologyCategories", "workActivities", "interests", "taskText", "titles",
        "sameBroadGroup", "sameMinorGroup", "sameMajorGroup", "zonesUp", "zonesDown", "logPayRatio", "logEmployment",
        "licence", "levelGap", "destinationPrior", "groupPrior", "neighbourFlows", "sameFamily",
        "reverseFlow", "reverseKnown",
    ];

    public static int NeighbourIndex { get; } = 20;

    /// <summary>Where "reverseFlow" sits; "reverseKnown" (1 when B's node is an observed origin) follows it.</summary>
    public static int ReverseIndex { get; } = 22;

    /// <summary>Reverse flows below this (millions of movers) count as this; an unknown one counts as nobody.</summary>
    public const double ReverseFloor = 0.001;

    /// <summary>ln(floor + people who moved B → A, in millions); "reverseKnown" tells an unknown B from a known zero.</summary>
    public static double ReverseFeature(double? flow) => Math.Log(ReverseFloor + (flow ?? 0));

    public static int Count => Names.Count;

    /// <summary>Pay ratios are capped at e^±1.5 (about 4.5×): beyond that a ratio says nothing more about a move.</summary>
    private const double PayRatioCap = 1.5;

    /// <summary>
    /// Writes the features of A → B into <paramref name="into"/>. <paramref name="e"/> is the skill-similarity breakdown
    /// of the move, <paramref name="rank"/> its place (0 = most similar) among the candidates it was ranked with, and
    /// <paramref name="neighbourFlows"/> A's similar occupations' observed moves (<see cref="MoveModel.NeighbourFlows"/>),
    /// null when ranking origins into B (the feature is then neutral).
    /// </summary>
    public static void Compute(MoveModel model, LadderCatalog catalog, RoleProfile a, RoleProfile b, ScoreBreakdown e, int rank, IReadOnlyDictionary<string, double>? neighbourFlows, Span<double> into) =>
        Compute(model, a, b, MoveFacts.Of(model, catalog, a.Role), MoveFacts.Of(model, catalog, b.Role), e, rank, neighbourFlows, into);

    /// <summary><see cref="Compute(MoveModel, LadderCatalog, RoleProfile, RoleProfile, ScoreBreakdown, int, IReadOnlyDictionary{string, double}?, Span{double})"/> from facts looked up before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Compute(MoveModel model, RoleProfile a, RoleProfile b, in MoveFacts fa, in MoveFacts fb, ScoreBreakdown e, int rank, IReadOnlyDictionary<string, double>? neighbourFlows, Span<double> into)
    {
        into[0] = e.Similarity;
        into[1] = Math.Log(1 + rank);
        into[2] = e.SkillsKnowledge ?? 0;
        into[3] = e.Technologies ?? 0;
        into[4] = e.TechnologyCategories ?? 0;
        into[5] = e.WorkActivities ?? 0;
        into[6] = e.Interests ?? 0;
        into[7] = e.TaskText ?? 0;
        into[8] = e.Titles ?? 0;
        into[9] = a.Broad == b.Broad ? 1 : 0;
        into[10] = a.Broad != b.Broad && a.Minor == b.Minor ? 1 : 0;
        into[11] = a.Minor != b.Minor && a.Major == b.Major ? 1 : 0;
        var zones = a.JobZone is { } za && b.JobZone is { } zb ? zb - za : 0;
        into[12] = Math.Max(0, zones);
        into[13] = Math.Max(0, -zones);
        into[14] = fa.MedianPay is { } pa && fb.MedianPay is { } pb && pa > 0 && pb > 0
            ? Math.Clamp(Math.Log((double)pb / (double)pa), -PayRatioCap, PayRatioCap) : 0;
        into[15] = fb.LogEmployment;
        into[16] = TransitionBarrier.NeedsLicence(fa.Licence, fb.Licence) ? 1 : 0;
        into[17] = e.LevelGap;
        into[18] = fb.Prior;
        into[19] = model.GroupPriorOf(fa.MajorGroup, fb.Soc);
        into[20] = neighbourFlows is null ? model.Mean[NeighbourIndex] : NeighbourFeature(neighbourFlows, fb.Node);
        into[21] = fa.FamilyHasLadder && fa.FamilyKey == fb.FamilyKey ? 1 : 0;
        var reverse = model.ReverseFlow(fa.Node, fb.Node);
        into[ReverseIndex] = ReverseFeature(reverse);
        into[ReverseIndex + 1] = reverse is null ? 0 : 1;
    }

    /// <summary>Both climb the same career family's ladder (content/families), one that has one.</summary>
    public static bool SameFamily(LadderCatalog catalog, Role a, Role b) =>
        catalog.Families.For(a.Primary.Code) is { Stages.Count: > 0 } fa && fa.Key == catalog.Families.For(b.Primary.Code).Key;

    /// <summary>Shares below this count as this: ln of a share nobody took would be −∞.</summary>
    public const double NeighbourFloor = 0.001;

    public static double NeighbourFeature(IReadOnlyDictionary<string, double> flows, string? node) =>
        Math.Log(NeighbourFloor + (node is null ? 0 : flows.GetValueOrDefault(node)));

    /// <summary>ln(1 + BLS employment) of the role's primary occupation; 0 where BLS publishes no estimate.</summary>
    public static double LogEmployment(Role role) =>
        role.Primary.Wages.Current?.Employment.Amount is { } n && n > 0 ? Math.Log(1 + (double)n) : 0;
}
