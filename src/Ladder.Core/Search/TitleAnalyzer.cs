using System.Globalization;
using System.Text;

namespace Ladder.Search;

/// <summary>One meaningful word of a title after abbreviation expansion, before stemming.</summary>
/// <param name="Surface">The word in lower case, e.g. "engineer".</param>
/// <param name="Original">The token it came from, e.g. "engr".</param>
/// <param name="Soft">A posting word ("remote", "nights"): it may help a title match but never counts against one.</param>
/// <param name="Head">The head noun: the last word of the title's first phrase ("manager" in "Sales Manager - Retail",
/// "director" in "Director of Nursing"), which says what the job is; the other words say of what.</param>
/// <param name="Qualifier">After the first phrase ("Ortho Surgery" in "Physician Assistant - Ortho Surgery"): it narrows
/// the job rather than naming it, so it counts less in a query.</param>
internal readonly record struct TitleWord(string Surface, string Original, bool Soft, bool Head = false, bool Qualifier = false);

/// <summary>What the analyzer made of a title: its words, the seniority it signals and the noise it dropped.</summary>
internal sealed class TitleAnalysis
{
    public List<TitleWord> Words { get; } = [];
    public List<string> Seniority { get; } = [];
    public List<string> Ignored { get; } = [];

    public bool HasHardWords => Words.Exists(w => !w.Soft);

    internal void AddSeniority(string label)
    {
        if (!Seniority.Contains(label)) Seniority.Add(label);
    }
}

/// <summary>
/// Turns a job title into words: case and accents folded, punctuation, <c>&amp;</c> and <c>/</c> split,
/// abbreviations expanded, seniority and grade recognised, req numbers and internal codes dropped.
/// </summary>
internal static partial class TitleAnalyzer
{
    public static TitleAnalysis Analyze(ReadOnlySpan<char> text, bool keepSeniority = false)
    {
        var analysis = new TitleAnalysis();
        var tokens = Tokenize(text, out var breaks);
        DropClauses(tokens, breaks, analysis);
        bool afterNumber = false, afterGrade = false;
        // The head noun is the last hard word before the first phrase break (" - ", ",", "(") or linking word ("of").
        int headEnd = -1;
        bool headClosed = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!headClosed) headEnd = analysis.Words.Count;
            if (!headClosed && (breaks.Contains(i) || TitleNoise.Linking.Contains(token)) && HasHard(analysis)) headClosed = true;
            bool wasNumber = afterNumber, wasGrade = afterGrade;
            afterNumber = afterGrade = false;
            if (IsDigits(token))
            {
                afterNumber = true;
                if ((wasGrade || token.Length == 1) && token != "0") analysis.AddSeniority("level " + token.TrimStart('0'));
                else analysis.Ignored.Add(token);
                continue;
            }
            if (wasNumber && TitleNoise.PayUnits.Contains(token))
            {
                analysis.Ignored.Add(token);
                continue;
            }
            if (HasDigit(token))
            {
                if (TitleNoise.MixedWords.Contains(token)) analysis.Words.Add(new TitleWord(token, token, false));
                else if (token.Length == 2 && token[0] == 'l') analysis.AddSeniority("level " + token[1]);
                else analysis.Ignored.Add(token);
                continue;
            }
            if (TitleNoise.GradeWords.Contains(token))
            {
                // "Tier 2" is a grade and "entry level" says nothing more, but "Band Leader" is a job.
                var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
                afterGrade = IsDigits(next) || TitleNoise.RomanNumerals.ContainsKey(next);
                if (afterGrade || token is "level" or "lvl") continue;
            }
            if (TitleNoise.RomanNumerals.TryGetValue(token, out var grade) && (token.Length > 1 || wasGrade || i == tokens.Count - 1))
            {
                analysis.AddSeniority("level " + grade.ToString(CultureInfo.InvariantCulture));
                continue;
            }
            if (token.Length == 1 || TitleNoise.Stop.Contains(token)) continue;
            if (i + 1 < tokens.Count && !breaks.Contains(i + 1) && TitleAbbreviations.Phrases.TryGetValue((token, tokens[i + 1]), out var phrase))
            {
                // "Tax Senior": the seniority word is the noun here, naming a senior practitioner of the field.
                foreach (var word in phrase.Words) AddWord(analysis, word, token + " " + tokens[i + 1], keepSeniority: true);
                if (!keepSeniority) analysis.AddSeniority(phrase.Seniority);
                i++;
                continue;
            }
            if (TitleAbbreviations.Table.TryGetValue(token, out var expansion))
            {
                foreach (var word in expansion) AddWord(analysis, word, token, keepSeniority);
            }
            else if (token.Contains('&') || token.Contains('/'))
            {
                // "R&D", "A/B": not in the table, so the letters are read as one word, as before.
                var joined = token.Replace("&", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal);
                if (TitleAbbreviations.Table.TryGetValue(joined, out expansion))
                    foreach (var word in expansion) AddWord(analysis, word, token, keepSeniority);
                else AddWord(analysis, joined, token, keepSeniority);
            }
            else
            {
                AddWord(analysis, token, token, keepSeniority);
            }
        }
        if (!headClosed) headEnd = analysis.Words.Count;
        for (int w = Math.Max(0, headEnd); w < analysis.Words.Count; w++)
            if (headClosed) analysis.Words[w] = analysis.Words[w] with { Qualifier = true };
        for (int w = Math.Min(headEnd, analysis.Words.Count) - 1; w >= 0; w--)
        {
            if (analysis.Words[w].Soft) continue;
            analysis.Words[w] = analysis.Words[w] with { Head = true };
            break;
        }
        return analysis;
    }

    private static bool HasHard(TitleAnalysis analysis)
    {
        foreach (var w in analysis.Words) if (!w.Soft) return true;
        return false;
    }

    private static void AddWord(TitleAnalysis analysis, string word, string original, bool keepSeniority)
    {
        if (!keepSeniority && TitleNoise.Seniority.TryGetValue(word, out var level))
        {
            analysis.AddSeniority(level);
            return;
        }
        if (TitleNoise.Stop.Contains(word)) return;
        foreach (var existing in analysis.Words) if (existing.Surface == word) return;
        analysis.Words.Add(new TitleWord(word, original, TitleNoise.Posting.Contains(word)));
    }

    internal static List<string> Tokenize(ReadOnlySpan<char> text) => Tokenize(text, out _);

    /// <summary>
    /// Lower-case ASCII tokens; "A&amp;P" and "R&amp;D" stay one token with their <c>&amp;</c>, as do single letters
    /// joined by a slash ("A/R"); apostrophes join ("children's"). <paramref name="breaks"/> holds the indexes of
    /// tokens that start a new phrase: after " - ", ",", "(", ";", ":" or "|".
    /// </summary>
    internal static List<string> Tokenize(ReadOnlySpan<char> text, out List<int> breaks)
    {
        var tokens = new List<string>();
        breaks = [];
        Span<char> buffer = stackalloc char[64];
        int n = 0;
        bool pendingBreak = false, ampersand = false;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (n == 0 && pendingBreak && tokens.Count > 0) breaks.Add(tokens.Count);
                if (n == 0) pendingBreak = false;
                if (n < buffer.Length) buffer[n++] = char.ToLowerInvariant(c);
                continue;
            }
            if (c is '\'' or '\u2019') continue;
            if (c == '&' && n > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
            {
                if (n < buffer.Length) buffer[n++] = '&';
                continue;
            }
            // "A/R", "A/P": one letter, a slash, one letter.
            if (c == '/' && n == 1 && char.IsAsciiLetter(buffer[0]) && (i < 2 || !char.IsAsciiLetterOrDigit(text[i - 2]))
                && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]) && (i + 2 >= text.Length || !char.IsAsciiLetterOrDigit(text[i + 2])))
            {
                buffer[n++] = '/';
                continue;
            }
            if (c is ',' or '(' or ';' or ':' or '|' or '\u2013' or '\u2014'
                || (c == '-' && (i == 0 || text[i - 1] == ' ' || i + 1 == text.Length || text[i + 1] == ' ')))
                pendingBreak = true;
            if (c > 0x7F && char.IsLetter(c))
            {
                var folded = Fold(c);
                if (folded != 0)
                {
                    if (n < buffer.Length) buffer[n++] = folded;
                    continue;
                }
            }
            if (n > 0) AddToken(tokens, new string(buffer[..n]), ampersand);
            if (n > 0 || c != ' ') ampersand = c == '&' && n == 0 && tokens.Count > 0;
            n = 0;
        }
        if (n > 0) AddToken(tokens, new string(buffer[..n]), ampersand);
        return tokens;
    }

    // "R and D", "F and B", "R & D": two single letters joined by "and" or a spaced ampersand are one initialism,
    // read as "R&D" is; dropped as single letters, "F and B Manager" would be every manager's exact title.
    private static void AddToken(List<string> tokens, string token, bool afterAmpersand)
    {
        if (afterAmpersand && IsLetter(token) && tokens.Count >= 1 && IsLetter(tokens[^1]))
        {
            tokens[^1] = tokens[^1] + "&" + token;
            return;
        }
        if (IsLetter(token) && tokens.Count >= 2 && tokens[^1] == "and" && IsLetter(tokens[^2]))
        {
            tokens.RemoveAt(tokens.Count - 1);
            tokens[^1] = tokens[^1] + "&" + token;
            return;
        }
        tokens.Add(token);

        static bool IsLetter(string t) => t.Length == 1 && char.IsAsciiLetter(t[0]);
    }

    /// <summary>"é" → 'e'; letters without an ASCII base (CJK, Cyrillic) split words instead.</summary>
    private static char Fold(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = char.ToLowerInvariant(decomposed[0]);
        return char.IsAsciiLetter(first) ? first : '\0';
    }

    private static bool IsDigits(string token)
    {
        if (token.Length == 0) return false;
        foreach (var c in token) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool HasDigit(string token)
    {
        foreach (var c in token) if (char.IsAsciiDigit(c)) return true;
        return false;
    }
}
