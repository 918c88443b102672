using Ladder.TitleEval;

// title-embed [--db catalog.db] [--cache file.bin] [set.tsv]...
// Does a MiniLM sentence embedding earn its cost in title search? Scores an embedding kNN and the index re-scored
// with embedding features on the held-out O*NET reported titles, messy-titles.tsv and the dev sets given (report
// part; tuning part two-fold), and times the model (EmbedEval). Vectors are cached in .tmp/minilm-titles.bin.
string? db = null, cache = null;
var sets = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--db": db = args[++i]; break;
        case "--cache": cache = args[++i]; break;
        default: sets.Add(Path.GetFullPath(args[i])); break;
    }
}

var catalog = ShippedCatalog.Load(db);
Console.WriteLine($"O*NET {catalog.Info.OnetRelease}, {catalog.Occupations.Count} occupations, {catalog.CuratedRoles.Count} curated roles");
var (reported, heldOut) = ReportedTitles.HeldOut(catalog);
return new EmbedEval(catalog, reported, heldOut, sets).Run(cache ?? EmbeddingStore.DefaultPath());
