namespace Ladder.Matching;

/// <summary>A word or punctuation mark of a text, keeping "C#", "C++", ".NET", "Node.js", "R&amp;D" and "A/R" whole.</summary>
internal readonly record struct TextToken(int Start, int Length, string Surface, string Key, bool FromCompound)
{
    public bool IsWord => Surface.Length > 0 && (char.IsLetterOrDigit(Surface[0]) || Surface[0] == '.' && Surface.Length > 1);

    public bool IsCapitalized => Surface.Length > 0 && char.IsUpper(Surface[0]);

    /// <summary>Splits <paramref name="text"/> into tokens; compound words not in <paramref name="known"/> are split at '-' and '&amp;'.</summary>
    public static List<TextToken> Tokenize(string text, IReadOnlySet<string>? known = null)
    {
        var tokens = new List<TextToken>(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch)) { i++; continue; }
            bool leadingDot = ch == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
            if (!char.IsLetterOrDigit(ch) && !leadingDot)
            {
                Add(tokens, text, i, 1, known);
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c)) { i++; continue; }
                var prev = text[i - 1];
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                if ((c == '#' || c == '+') && (char.IsLetter(prev) || prev == '+'))
                {
                    // "C#", "C++", "Charm++": the symbols end the word.
                    while (i < text.Length && (text[i] == '#' || text[i] == '+')) i++;
                    break;
                }
                if ((c == '.' || c == '-' || c == '&') && char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) { i++; continue; }
                // "A/R", "I/O": a slash between single letters is one word.
                if (c == '/' && char.IsLetter(prev) && char.IsLetter(next) && (i < 2 || !char.IsLetter(text[i - 2]))
                    && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))) { i++; continue; }
                break;
            }
            Add(tokens, text, start, i - start, known);
        }
        return tokens;
    }

    private static void Add(List<TextToken> tokens, string text, int start, int length, IReadOnlySet<string>? known)
    {
        var surface = text.Substring(start, length);
        var key = surface.ToLowerInvariant();
        if (known is not null && length > 2 && (key.Contains('-') || key.Contains('&')) && !known.Contains(key))
        {
            int s = 0;
            for (int k = 0; k <= length; k++)
            {
                if (k < length && surface[k] != '-' && surface[k] != '&') continue;
                if (k > s) tokens.Add(new TextToken(start + s, k - s, surface[s..k], key[s..k], true));
                s = k + 1;
            }
            return;
        }
        tokens.Add(new TextToken(start, length, surface, key, false));
    }
}
