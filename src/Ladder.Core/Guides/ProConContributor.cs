using Ladder.Catalog;
using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Guides;

/// <summary>
/// What a pro/con contributor may look at for one occupation. <c>ShownTechnologies</c> are the ones the guide lists,
/// so a pro counts only what a reader can see.
/// </summary>
public sealed record ProConContext(Occupation Occupation, LadderCatalog Catalog, CareerFamily Family, IReadOnlyList<Technology> ShownTechnologies)
{
    internal GuideEvidence Evidence => GuideEvidence.For(Catalog);
}

/// <summary>
/// One source of pros and cons. Each adds only facts that really support the claim, with the figure in the reason;
/// thresholds are documented in docs/guide-content.md. Add a contributor (e.g. employment outlook) to
/// <see cref="ProConContributors.All"/> to extend every guide.
/// </summary>
public interface IProConContributor
{
    void Contribute(ProConContext context, ICollection<ProCon> pros, ICollection<ProCon> cons);
}
