using Ladder.Catalog;

namespace Ladder.Engine;

public sealed partial class LadderEngine
{
    /// <summary>Longer input is cut to this many characters before it is looked up (no job title is longer).</summary>
    public const int MaxQueryLength = 100;

    /// <summary>The least title-index score a free-text winner needs before a surface opens it without asking.</summary>
    public const double SearchWinnerMinimum = 0.7;

    /// <summary>
    /// The one rule for which role a typed name means, used by every command, page and endpoint:
    /// an O*NET-SOC code, a slug or an exact title (curated titles first, then occupation titles, then alternate
    /// titles) wins outright; otherwise free text goes to the title index and opens its clear winner when it knew every word;
    /// otherwise the reader is asked to choose among the index's candidates, or told nothing matched.
    /// </summary>
    public Resolution Resolve(string? query)
    {
        var text = (query ?? "").Trim();
        if (text.Length > MaxQueryLength) text = text[..MaxQueryLength];
        if (text.Length == 0) return new Resolution.NotFound(query ?? "");
        var exact = Resolver.Resolve(text);
        switch (exact)
        {
            case Resolution.Ambiguous shared:
                return new Resolution.Ambiguous(shared.Query, RankedLikeSearch(text, shared.Candidates));
            case Resolution.Found { MatchedOn: "alternate title" } alternate:
                var alongside = RankedLikeSearch(text, [alternate.Role]);
                return alongside.Count == 1 ? alternate : new Resolution.Ambiguous(text, alongside);
        }
        if (exact is not Resolution.NotFound) return exact;
        var search = Titles.Search(text, 8);
        // A winner found after ignoring words the index does not know ("xyzzy plugh" → Plugger) is a guess about
        // part of what was typed, so the reader is asked instead.
        if (search.UnknownWords.Count == 0 && search.ClearWinner(minimum: SearchWinnerMinimum) is { } winner)
            return new Resolution.Found(winner.Role, "search", winner.Matched);
        var candidates = search.Matches.Select(m => m.Role).Distinct().ToList();
        return candidates.Count > 0
            ? new Resolution.Ambiguous(text, candidates)
            : new Resolution.NotFound(text);
    }

    // Several occupations list "Teacher" as a title; the reader should see them in the order search ranks them
    // (Elementary School Teachers first), not by code. O*NET also files some alternate titles under one odd
    // occupation ("Internal Medicine Physician" under Pediatric Surgeons only): an occupation whose own title holds
    // every word (General Internal Medicine Physicians) joins the candidates, so the reader is asked rather than
    // sent to the odd one. Roles the index does not reach keep their order after those it does.
    private IReadOnlyList<Role> RankedLikeSearch(string text, IReadOnlyList<Role> candidates)
    {
        var matches = Titles.Search(text, candidates.Count + 8).Matches;
        var order = new Dictionary<Role, int>(ReferenceEqualityComparer.Instance);
        foreach (var match in matches) order.TryAdd(match.Role, order.Count);
        var all = candidates.Concat(matches.Where(m => m.HoldsEveryWord).Select(m => m.Role)).Distinct().ToList();
        return all.Select((role, i) => (role, i)).OrderBy(c => order.GetValueOrDefault(c.role, int.MaxValue)).ThenBy(c => c.i).Select(c => c.role).ToList();
    }

    /// <summary>The role <see cref="Resolve"/> opens, or null when it would ask or find nothing.</summary>
    public Role? ResolveRole(string? query) => Resolve(query) is Resolution.Found found ? found.Role : null;
}
