namespace Ladder.Tests.Fixtures;

/// <summary>
/// The CLI tests run one at a time: the command tree shares option instances between invocations,
/// and one import serves them all.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LadderCliCollection : ICollectionFixture<ImportedDatabase>
{
    public const string Name = "ladder cli";
}
