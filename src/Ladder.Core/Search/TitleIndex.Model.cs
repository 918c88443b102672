using System.Text.Json;

namespace Ladder.Search;

public sealed partial class TitleIndex
{
    /// <summary>Bumped when the model's layout changes, so a cached copy of another layout is never read.</summary>
    public const int ModelFormat = 1;

    /// <summary>
    /// Writes what a copy of this index running elsewhere (the static site's <c>title-search.js</c>) needs to rank
    /// exactly as <see cref="Search"/> does: the analyzer's word tables, the weights, each role, each stemmed term,
    /// each distinct title's terms and head, each title's links (role, source, weight) and the typo vocabulary.
    /// What the index derives from these (IDF, postings, head rates, own titles, the classifier's counts) is
    /// derived again there by the same arithmetic, which keeps the file small. Deterministic: the same catalog
    /// gives the same bytes.
    /// </summary>
    public void WriteModel(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("format", ModelFormat);
        WriteConstants(w);
        TitleAnalyzer.WriteTables(w);
        WriteRoles(w);
        w.WriteStartArray("terms");
        foreach (var stem in _termByStem.OrderBy(kv => kv.Value).Select(kv => kv.Key)) w.WriteStringValue(stem);
        w.WriteEndArray();

        w.WriteStartObject("titles");
        Ints(w, "length", Enumerable.Range(0, TitleCount).Select(t => _titleTermStart[t + 1] - _titleTermStart[t]));
        // Each title's sorted terms as gaps from the previous one: small numbers, which compress well.
        Ints(w, "termGaps", Enumerable.Range(0, TitleCount).SelectMany(t =>
            _titleTerms[_titleTermStart[t].._titleTermStart[t + 1]].Select((term, i) => i == 0 ? term : term - _titleTerms[_titleTermStart[t] + i - 1])));
        // The head as its position among the title's sorted terms (-1 when none).
        Ints(w, "head", Enumerable.Range(0, TitleCount).Select(t =>
            _titleHead[t] < 0 ? -1 : Array.IndexOf(_titleTerms, _titleHead[t], _titleTermStart[t], _titleTermStart[t + 1] - _titleTermStart[t]) - _titleTermStart[t]));
        w.WriteEndObject();

        var weights = _linkWeight.Distinct().Order().ToArray();
        w.WriteStartObject("links");
        Ints(w, "count", Enumerable.Range(0, TitleCount).Select(t => _linkStart[t + 1] - _linkStart[t]));
        Ints(w, "role", _linkRole);
        Ints(w, "source", _linkTitle.Select(t => (int)t.Source));
        w.WriteStartArray("weights");
        foreach (var v in weights) w.WriteNumberValue(v);
        w.WriteEndArray();
        Ints(w, "weight", _linkWeight.Select(v => Array.BinarySearch(weights, v)));
        w.WriteEndObject();

        w.WriteStartObject("typos");
        var typos = _typos.Words.ToList();
        w.WriteStartArray("words");
        foreach (var (word, _) in typos) w.WriteStringValue(word);
        w.WriteEndArray();
        Ints(w, "frequency", typos.Select(t => t.Frequency));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// Per link, the O*NET or curated title it stands for (empty for an employer or Census title, which a reader is
    /// never shown): what <see cref="TitleMatch.MatchedTitle"/> says. Kept apart from the model, which ranks without it.
    /// </summary>
    public void WriteMatchedTitles(Utf8JsonWriter w)
    {
        w.WriteStartArray();
        foreach (var title in _linkTitle) w.WriteStringValue(title.Source.IsReal() ? "" : title.Text);
        w.WriteEndArray();
    }

    private void WriteConstants(Utf8JsonWriter w)
    {
        var k = _weights;
        w.WriteStartObject("weights");
        w.WriteNumber("headWeight", k.HeadWeight);
        w.WriteNumber("headMismatch", k.HeadMismatch);
        w.WriteNumber("qualifierWeight", k.QualifierWeight);
        w.WriteNumber("extraWeight", k.ExtraWeight);
        w.WriteNumber("softWeight", k.SoftWeight);
        w.WriteNumber("secondaryDecay", k.SecondaryDecay);
        w.WriteNumber("prior", k.Prior);
        w.WriteNumber("classifierWeight", k.ClassifierWeight);
        w.WriteNumber("catchAllFactor", k.CatchAllFactor);
        w.WriteNumber("classifierTemperature", k.ClassifierTemperature);
        w.WriteNumber("realClassifierBoost", k.RealClassifierBoost);
        w.WriteNumber("roleSmoothing", k.RoleSmoothing);
        w.WriteNumber("groupSmoothing", k.GroupSmoothing);
        w.WriteNumber("sizePrior", k.SizePrior);
        w.WriteNumber("realExactSimilarity", k.RealExactSimilarity);
        w.WriteNumber("fitStep", k.FitStep);
        w.WriteNumber("voteWeight", k.VoteWeight);
        w.WriteNumber("voteK", k.VoteK);
        w.WriteNumber("minimumTitleSimilarity", MinimumTitleSimilarity);
        w.WriteNumber("typoPenalty", TypoPenalty);
        w.WriteNumber("typoMinimumLength", TypoVocabulary.MinimumLength);
        w.WriteNumber("completionMinimumPrefix", TypoVocabulary.MinimumPrefix);
        w.WriteNumber("maxQueryLength", MaxQueryLength);
        w.WriteNumber("holdsEveryWordRank", HoldsEveryWordRank);
        w.WriteNumber("maxExtraOwnWords", MaxExtraOwnWords);
        w.WriteEndObject();
        // The sources, in the order of their numbers in links.source, with what the ranking reads of each.
        w.WriteStartArray("sources");
        foreach (var source in Enum.GetValues<TitleSource>())
        {
            w.WriteStartObject();
            w.WriteString("name", source.ToString());
            w.WriteBoolean("real", source.IsReal());
            w.WriteNumber("exactRank", source.ExactRank());
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private void WriteRoles(Utf8JsonWriter w)
    {
        w.WriteStartObject("roles");
        Strings(w, "code", _roles.Select(r => r.Code));
        Strings(w, "slug", _roles.Select(r => r.Slug));
        Strings(w, "title", _roles.Select(r => r.Title));
        Strings(w, "domain", _roles.Select(r => r.Domain));
        Ints(w, "curated", _roles.Select(r => r.IsCurated ? 1 : 0));
        Ints(w, "catchAll", _catchAll.Select(c => c ? 1 : 0));
        w.WriteStartArray("employment");
        foreach (var e in _employment) w.WriteNumberValue(e);
        w.WriteEndArray();
        w.WriteStartArray("prior");
        foreach (var p in _prior) w.WriteNumberValue(p);
        w.WriteEndArray();
        Ints(w, "group", _roles.Select(r => int.Parse(r.Primary.Code.Soc.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture)));
        w.WriteEndObject();
    }

    private static void Ints(Utf8JsonWriter w, string name, IEnumerable<int> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
