using Ladder.Catalog;

namespace Ladder.Matching;

public sealed partial class SkillExtractor
{
    private sealed record Entry(string[] Keys, string[] Surfaces, string Canonical, FeatureKind Kind, bool CaseSensitive, bool Ambiguous, int Priority)
    {
        public string? CloudAlternative { get; init; }
    }

    private const int Synonym = 0, FullName = 1, SkillName = 2, Generated = 3, CuratedTool = 4;

    /// <summary>Builds the dictionary from the catalog's technologies, skills, knowledge areas and curated tools.</summary>
    public static SkillExtractor Build(LadderCatalog catalog)
    {
        var popularity = new Dictionary<string, int>(StringComparer.Ordinal);
        var skillKinds = new Dictionary<string, FeatureKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in catalog.Occupations)
        {
            foreach (var t in o.Technologies.Select(t => t.Name).Distinct()) popularity[t] = popularity.GetValueOrDefault(t) + 1;
            foreach (var s in o.Skills) skillKinds.TryAdd(s.Name, FeatureKind.Skill);
            foreach (var k in o.Knowledge) skillKinds.TryAdd(k.Name, FeatureKind.Knowledge);
        }
        var entries = new List<Entry>();
        void Add(string surface, string canonical, FeatureKind kind, int priority, bool caseSensitive = false)
        {
            var tokens = TextToken.Tokenize(surface);
            if (tokens.Count == 0) return;
            var ambiguous = tokens.Count == 1 && (SkillSynonyms.AmbiguousWords.Contains(surface) || surface.Length <= 1);
            var rank = priority * 100_000 - Math.Min(popularity.GetValueOrDefault(canonical), 99_999);
            entries.Add(new Entry(tokens.Select(t => t.Key).ToArray(), tokens.Select(t => t.Surface).ToArray(), canonical, kind,
                caseSensitive || ambiguous, ambiguous, rank)
            {
                CloudAlternative = surface == "EMR" && popularity.ContainsKey("AWS Elastic MapReduce (EMR)") ? "AWS Elastic MapReduce (EMR)" : null,
            });
        }

        foreach (var (surface, canonical) in SkillSynonyms.Technologies)
            if (popularity.ContainsKey(canonical)) Add(surface, canonical, FeatureKind.Technology, Synonym);
        var everyday = EverydayWords(catalog);
        foreach (var name in popularity.Keys)
        {
            Add(name, name, FeatureKind.Technology, FullName);
            foreach (var alias in Aliases(name))
                if (!alias.Split(' ').All(w => everyday.Contains(w))) Add(alias, name, FeatureKind.Technology, Generated, caseSensitive: true);
        }
        foreach (var (name, kind) in skillKinds)
            if (!SkillSynonyms.GenericElements.Contains(name)) Add(name, name, kind, SkillName);
        foreach (var (surface, canonical) in SkillSynonyms.Skills)
            if (skillKinds.TryGetValue(canonical, out var kind)) Add(surface, canonical, kind, SkillName);

        var known = entries.Select(e => string.Join(' ', e.Keys)).ToHashSet(StringComparer.Ordinal);
        foreach (var tool in catalog.CuratedRoles.SelectMany(r => r.Curated!.Tools).Distinct(StringComparer.OrdinalIgnoreCase))
            if (known.Add(string.Join(' ', TextToken.Tokenize(tool).Select(t => t.Key)))) Add(tool.Trim(), tool.Trim(), FeatureKind.Technology, CuratedTool);
        return new SkillExtractor(entries);
    }

    /// <summary>Short forms of an O*NET technology name: vendor dropped, trailing "software" dropped, acronym, parenthetical.</summary>
    internal static IEnumerable<string> Aliases(string name)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var open = name.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && name.EndsWith(')'))
        {
            result.Add(name[..open]);
            result.Add(name[(open + 2)..^1]);
        }
        var bare = name.EndsWith(" software", StringComparison.Ordinal) ? name[..^" software".Length] : name;
        if (bare != name) result.Add(bare);
        if (bare.EndsWith('!')) result.Add(bare.TrimEnd('!'));
        foreach (var vendor in SkillSynonyms.Vendors)
            if (bare.StartsWith(vendor + " ", StringComparison.Ordinal) && bare.Length > vendor.Length + 2)
            {
                result.Add(bare[(vendor.Length + 1)..]);
                break;
            }
        var words = bare.Split(' ');
        if (words.Length >= 3 && IsAcronym(words[^1])) result.Add(words[^1]);
        result.Remove(name);
        result.RemoveWhere(a => a.Length < 2 || SkillSynonyms.GenericElements.Contains(a));
        return result;
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || char.IsDigit(c)) && char.IsLetter(word[0]) && !word.All(c => c is 'I' or 'V' or 'X');

    /// <summary>
    /// Words O*NET itself writes in lower case (in descriptions, work activities and technology names). A short form made
    /// only of such words ("Medical" from "Medical software", "Designer" from "Oracle Designer") is an everyday word, not a product.
    /// </summary>
    private static HashSet<string> EverydayWords(LadderCatalog catalog)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var texts = catalog.Occupations.Select(o => o.Description)
            .Concat(catalog.Occupations.SelectMany(o => o.WorkActivities))
            .Concat(catalog.Occupations.SelectMany(o => o.Technologies.Select(t => t.Name)));
        foreach (var text in texts.Distinct())
            foreach (var word in text.Split([' ', ',', '.', ';', ':', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries))
                if (word.Length > 1 && word.All(char.IsLower)) words.Add(word);
        return words;
    }
}
