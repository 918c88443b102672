using Ladder.Catalog;
using Ladder.Matching;

namespace Ladder.Tests.Core.Matching;

/// <summary>One imported catalog and skill space per test class, deleted afterwards.</summary>
public sealed class MatchingCatalogFixture : ShippedCatalogFixture
{
    public MatchingCatalogFixture() => Space = SkillSpace.Build(Catalog);

    public SkillSpace Space { get; }

    public Role Role(string slugOrCode) =>
        Catalog.FindRole(slugOrCode) ?? Catalog.RoleForCode(slugOrCode) ?? throw new InvalidOperationException($"No role {slugOrCode}");

    public RoleProfile Profile(string slugOrCode) => Space.ProfileOf(Role(slugOrCode));
}
