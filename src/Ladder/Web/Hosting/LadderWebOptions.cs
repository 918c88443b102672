using Ladder.Engine;

namespace Ladder.Web.Hosting;

/// <summary>Settings of one <c>ladder serve</c> process.</summary>
public sealed record LadderWebOptions
{
    public required LadderEngine Engine { get; init; }
    /// <summary>The catalog database path, so features can place their own files beside it.</summary>
    public required string CatalogPath { get; init; }
    public string[] Args { get; init; } = [];
}
