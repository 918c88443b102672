using Ladder.Catalog;
using Ladder.Licences;

namespace Ladder.Matching;

/// <summary>
/// What <see cref="MoveFeatures"/> and <see cref="MoveRanking"/> read of one role, looked up once per role: ranking every
/// occupation's ways in features a million pairs, and the same dictionary lookups (and SOC substrings) for each pair
/// cost more than the features' arithmetic. Values are those of the lookups, so features come out the same to the bit.
/// </summary>
internal readonly record struct MoveFacts(string Soc, string MajorGroup, string? Node, double Prior, double LogEmployment, double LogPartition,
    LicenceDecision? Licence, string FamilyKey, bool FamilyHasLadder, decimal? MedianPay)
{
    /// <summary>ln of how many roles of the space share the SOC code (BLS counts its workers once among them; <see cref="MoveRanking.Into"/>).</summary>
    public double LogSocShare { get; init; }

    public static MoveFacts Of(MoveModel model, LadderCatalog catalog, Role role)
    {
        var family = catalog.Families.For(role.Primary.Code);
        return new(role.Primary.Code.Soc, role.Primary.Code.MajorGroup, model.NodeOf(role), model.PriorOf(role), MoveFeatures.LogEmployment(role),
            model.LogPartitionOf(role), catalog.Outlook.Licences.For(role), family.Key, family.Stages.Count > 0, role.MedianPay);
    }

    /// <summary>Every profile's facts under <paramref name="model"/>, by ordinal.</summary>
    public static MoveFacts[] All(SkillSpace space, MoveModel model)
    {
        var facts = space.Profiles.Select(p => Of(model, space.Catalog, p.Role)).ToArray();
        var sharing = facts.CountBy(f => f.Soc, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return facts.Select(f => f with { LogSocShare = Math.Log(sharing[f.Soc]) }).ToArray();
    }
}
