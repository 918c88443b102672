using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Matching;
using Ladder.Occupations;

namespace Ladder.Engine;

public sealed partial class LadderEngine
{
    /// <summary>How many moves into a role its guide weighs for "Roles people move from" (the CLI's and API's default list).</summary>
    public const int GuideMoves = WaysIn.Limit;

    /// <summary>
    /// "Roles people move from" (<see cref="WaysIn"/>): read from the catalog when the import ranked them with the move
    /// model this process would rank with (<see cref="StoredWaysIn"/>), since ranking needs the whole skill space, which
    /// a guide otherwise never needs; ranked here otherwise.
    /// </summary>
    private IReadOnlyList<RoleLink> Arrivals(Occupation occupation) =>
        StoredArrivals(occupation) ?? WaysIn.Rank(Space, occupation);

    /// <summary>The stored ways in as the guide lists them; null when this engine ranks them itself.</summary>
    internal IReadOnlyList<RoleLink>? StoredArrivals(Occupation occupation) =>
        _storedWaysIn?.For(occupation.Code.Value).Select(w => new RoleLink(w.Role.Slug, w.Role.Title, w.Role.Code, w.Relation, w.Role.Slug)).ToList();
}
