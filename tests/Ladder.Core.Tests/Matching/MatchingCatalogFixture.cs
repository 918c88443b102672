using Ladder.Catalog;
using Ladder.Import;
using Ladder.Matching;
using Ladder.Storage;

namespace Ladder.Tests.Core.Matching;

/// <summary>One imported catalog and skill space per test class, deleted afterwards.</summary>
public sealed class MatchingCatalogFixture : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ladder-matching-{Guid.NewGuid():N}.db");

    public MatchingCatalogFixture()
    {
        CatalogImporter.Import(new ImportOptions
        {
            DatabasePath = _path, OnetPath = LadderPaths.ShippedOnet, OewsPath = LadderPaths.ShippedOews,
            PreviousOewsPath = LadderPaths.ShippedPreviousOews, ContentPath = LadderPaths.ShippedContent,
        });
        Catalog = LadderCatalog.Open(_path);
        Space = SkillSpace.Build(Catalog);
    }

    public LadderCatalog Catalog { get; }
    public SkillSpace Space { get; }

    public Role Role(string slugOrCode) =>
        Catalog.FindRole(slugOrCode) ?? Catalog.RoleForCode(slugOrCode) ?? throw new InvalidOperationException($"No role {slugOrCode}");

    public RoleProfile Profile(string slugOrCode) => Space.ProfileOf(Role(slugOrCode));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
