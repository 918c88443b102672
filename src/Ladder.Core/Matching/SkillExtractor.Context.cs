namespace Ladder.Matching;

public sealed partial class SkillExtractor
{
    private static readonly HashSet<string> ListMarks = [",", "/", "(", ":", "|", ";", "•", "·", "*", "-", "+", "–"];
    private static readonly HashSet<string> ListEnds = [",", "/", ")", ";", "(", "·", "|", "and", "or"];
    private static readonly HashSet<string> SentenceEnds = [".", "!", "?", ":"];
    private static readonly HashSet<string> NotSkillBefore =
        ["team", "teams", "department", "representative", "representatives", "rep", "reps", "manager", "center", "desk", "assistant", "specialist", "coordinator", "director", "supervisor"];

    /// <summary>An everyday word counts as a tool only in a list, or after "in", "with", "using" and the like.</summary>
    private bool ReadsAsTool(List<TextToken> tokens, int i, Entry e)
    {
        var token = tokens[i];
        if (token.FromCompound) return false;
        var prev = i > 0 ? tokens[i - 1] : default;
        var before = i > 1 ? tokens[i - 2] : default;
        int end = i + e.Keys.Length;
        var next = end < tokens.Count ? tokens[end] : default;
        if (prev.Key is { } pk && SkillSynonyms.NotAfter.Contains(pk)) return false;
        if (prev.Key == "." && before.Key is { } bk && SkillSynonyms.NotAfter.Contains(bk)) return false;
        if (next.Key is { } nk)
        {
            if (SkillSynonyms.NotBefore.TryGetValue(e.Surfaces[0], out var stop) && stop.Contains(nk)) return false;
            if (e.Surfaces[0] == "Spring" && char.IsDigit(nk[0])) return false;
            // A capitalised unknown word beside it makes it a name: "Travis Kim", "Ray Jenkins".
            if (IsUnknownCapitalized(next)) return false;
        }
        bool sentenceStart = prev.Key is null || SentenceEnds.Contains(prev.Key);
        if (!sentenceStart && IsUnknownCapitalized(prev) && !(before.Key is null || SentenceEnds.Contains(before.Key) || ListMarks.Contains(before.Key))) return false;
        bool listBefore = prev.Key is { } p && (ListMarks.Contains(p) || SkillSynonyms.ToolIntroducers.Contains(p));
        bool listAfter = next.Key is { } n && ListEnds.Contains(n);
        if (sentenceStart) return listAfter;
        return listBefore || listAfter;
    }

    private bool IsUnknownCapitalized(TextToken t) =>
        t.Key is not null && t.IsWord && t.IsCapitalized && t.Surface.All(char.IsLetter) && !_knownTokens.Contains(t.Key);

    /// <summary>A skill name counts when it is claimed, not when it names a company, title or department.</summary>
    private static bool ReadsAsSkill(List<TextToken> tokens, int i, int count)
    {
        var token = tokens[i];
        if (token.FromCompound) return false;
        var prev = i > 0 ? tokens[i - 1] : default;
        var before = i > 1 ? tokens[i - 2] : default;
        var next = i + count < tokens.Count ? tokens[i + count] : default;
        if (next.Key is { } n && NotSkillBefore.Contains(n)) return false;
        if (prev.Key is "with" or "our" or "the" && token.Key == "customer") return false;
        if (count == 1 && token.IsCapitalized)
        {
            if (next.Key is not null && next.IsWord && next.IsCapitalized) return false;
            bool sentenceStart = prev.Key is null || SentenceEnds.Contains(prev.Key) || ListMarks.Contains(prev.Key);
            if (!sentenceStart && prev.IsWord && prev.IsCapitalized && !(before.Key is null || SentenceEnds.Contains(before.Key))) return false;
        }
        return true;
    }

    private static bool NearCloud(List<TextToken> tokens, int i, int count)
    {
        for (int k = Math.Max(0, i - 8); k < Math.Min(tokens.Count, i + count + 8); k++)
        {
            if (k >= i && k < i + count) continue;
            if (SkillSynonyms.CloudContext.Contains(tokens[k].Key)) return true;
        }
        return false;
    }
}
