using Ladder.Catalog;

namespace Ladder.Search;

/// <summary>
/// One title a role is known by, as fed to the index. <c>Share</c> is how much of the title's evidence goes to this
/// role: less than 1 when a real title was filed under several codes.
/// </summary>
public sealed record IndexedTitle(string Text, Role Role, TitleSource Source, float Share = 1f);

/// <summary>The titles a catalog offers for search; shared by <see cref="TitleIndex"/> and any baseline it is compared with.</summary>
public static class IndexedTitles
{
    public static IReadOnlyList<IndexedTitle> Collect(LadderCatalog catalog, TitleIndexOptions? options = null)
    {
        options ??= TitleIndexOptions.Default;
        var excluded = options.ExcludedTitles.Select(NormalizedKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var titles = new List<IndexedTitle>(80_000);
        void Add(string? text, Role role, TitleSource source)
        {
            if (string.IsNullOrWhiteSpace(text) || text == "n/a") return;
            if (excluded.Count > 0 && excluded.Contains(NormalizedKey(text))) return;
            titles.Add(new IndexedTitle(text, role, source));
        }
        foreach (var role in catalog.Roles)
        {
            if (role.Curated is { } curated)
            {
                Add(role.Title, role, TitleSource.RoleTitle);
                foreach (var alt in curated.AlternateTitles) Add(alt, role, TitleSource.RoleAlternateTitle);
                continue;
            }
            var occupation = role.Primary;
            Add(occupation.Title, role, TitleSource.OccupationTitle);
            foreach (var alt in occupation.AlternateTitles)
            {
                Add(alt.Title, role, TitleSource.AlternateTitle);
                Add(alt.ShortTitle, role, TitleSource.ShortTitle);
            }
            if (!options.IncludeReportedTitles) continue;
            foreach (var reported in occupation.ReportedTitles) Add(reported, role, TitleSource.ReportedTitle);
        }
        if (options.IncludeRealTitles)
        {
            bool Excluded(string text) => excluded.Count > 0 && excluded.Contains(NormalizedKey(text));
            RealTitles.AddTo(titles, catalog, RealTitleSource.Employer, Excluded, options.Weights);
            RealTitles.AddTo(titles, catalog, RealTitleSource.Census, Excluded, options.Weights);
        }
        return titles;
    }

    /// <summary>The sorted stems of a title's words: two titles with the same key are the same title to the index.</summary>
    public static string NormalizedKey(string title)
    {
        var analysis = TitleAnalyzer.Analyze(title);
        if (!analysis.HasHardWords) analysis = TitleAnalyzer.Analyze(title, keepSeniority: true);
        var stems = analysis.Words.Select(w => TitleStemmer.Stem(w.Surface)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return string.Join(' ', stems);
    }
}
