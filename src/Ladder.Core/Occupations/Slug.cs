using System.Text;

namespace Ladder.Occupations;

/// <summary>URL slugs: lower case ASCII letters and digits joined by single hyphens.</summary>
public static class Slug
{
    public static string From(string title)
    {
        var sb = new StringBuilder(title.Length);
        bool pendingHyphen = false;
        foreach (var raw in title.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(raw) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            var ch = char.ToLowerInvariant(raw);
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(ch);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.ToString();
    }

    public static bool IsValid(string slug) =>
        slug.Length > 0 && slug.Length <= 120 && slug == From(slug);
}
