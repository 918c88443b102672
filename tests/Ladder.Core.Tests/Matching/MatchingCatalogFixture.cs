using Ladder.Catalog;
using Ladder.Matching;

namespace Ladder.Tests.Core.Matching;

/// <summary>The shared shipped catalog and its skill space, with lookups by slug or code.</summary>
public sealed class MatchingCatalogFixture : ShippedCatalogFixture
{
    public SkillSpace Space => Engine.Space;

    public Role Role(string slugOrCode) =>
        Catalog.FindRole(slugOrCode) ?? Catalog.RoleForCode(slugOrCode) ?? throw new InvalidOperationException($"No role {slugOrCode}");

    public RoleProfile Profile(string slugOrCode) => Space.ProfileOf(Role(slugOrCode));
}
