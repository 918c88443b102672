using Ladder.Catalog;
using Ladder.Search;

namespace Ladder.TitleEval;

/// <summary>
/// One way of answering queries in the embedding experiment: a <see cref="TitleIndex"/> and the titles it holds,
/// which are also the only neighbours the embedding may use, so the held-out reported titles and each tuning fold's
/// own real titles stay out of both.
/// </summary>
internal sealed class EmbedContext
{
    public required string Name { get; init; }
    public required TitleIndex Index { get; init; }
    public required IReadOnlyList<IndexedTitle> Titles { get; init; }
    /// <summary>Per store id: the roles the text is a title of, with its share of evidence; null when not in this context.</summary>
    public (Role Role, float Share)[]?[] Labels { get; private set; } = [];
    /// <summary>Per store id: whether every title with this text is a real (employer or Census) title.</summary>
    public bool[] RealOnly { get; private set; } = [];
    /// <summary>Per role: the store ids of its titles in this context.</summary>
    public Dictionary<Role, int[]> RoleTexts { get; private set; } = [];

    public static EmbedContext Create(string name, LadderCatalog catalog, IReadOnlyList<IndexedTitle> titles) => new()
    {
        Name = name,
        Titles = titles,
        Index = TitleIndex.Build(catalog.Roles, catalog.Occupations, titles),
    };

    /// <summary>The shipped index; the index with the reported titles held out; the two tuning folds (DevEval's).</summary>
    public static List<EmbedContext> All(LadderCatalog catalog, TitleIndexOptions heldOut)
    {
        var onet = IndexedTitles.Collect(catalog, new TitleIndexOptions { IncludeRealTitles = false });
        var contexts = new List<EmbedContext>
        {
            Create("shipped", catalog, IndexedTitles.Collect(catalog)),
            Create("held-out", catalog, IndexedTitles.Collect(catalog, heldOut)),
        };
        for (int fold = 0; fold < 2; fold++)
        {
            var titles = new List<IndexedTitle>(onet);
            int f = fold;
            RealTitles.AddTo(titles, catalog, RealTitleSource.Employer, t => DevSplit.Fold(t) == f);
            RealTitles.AddTo(titles, catalog, RealTitleSource.Census, t => DevSplit.Fold(t) == f);
            contexts.Add(Create($"without fold {fold}", catalog, titles));
        }
        return contexts;
    }

    /// <summary>Resolves the titles to store ids, once the store holds them all.</summary>
    public void Link(EmbeddingStore store)
    {
        var labels = new List<(Role, float)>?[store.Count];
        var realOnly = new bool[store.Count];
        foreach (var title in Titles) realOnly[store.Id(title.Text)] = true;
        foreach (var title in Titles) realOnly[store.Id(title.Text)] &= title.Source is TitleSource.EmployerTitle or TitleSource.CensusTitle;
        var byRole = new Dictionary<Role, HashSet<int>>();
        foreach (var title in Titles)
        {
            int id = store.Id(title.Text);
            (labels[id] ??= []).Add((title.Role, title.Share));
            if (!byRole.TryGetValue(title.Role, out var ids)) byRole[title.Role] = ids = [];
            ids.Add(id);
        }
        Labels = labels.Select(l => l?.ToArray()).ToArray();
        RealOnly = realOnly;
        RoleTexts = byRole.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
