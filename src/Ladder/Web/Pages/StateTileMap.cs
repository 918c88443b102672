using System.Globalization;
using Ladder.States;
using Ladder.Web.Html;

namespace Ladder.Web.Pages;

/// <summary>
/// The states as an SVG tile grid: every state one equal square at roughly its place on the map, coloured by median
/// pay in five bands. Each tile is a link to the state's row of the table beside it, with an accessible name that
/// says the figure, so keyboard and screen-reader users get the same map as everyone else.
/// </summary>
public static class StateTileMap
{
    /// <summary>Column and row of each state in a 12 × 8 grid (the common NPR-style layout).</summary>
    private static readonly Dictionary<string, (int Col, int Row)> Tiles = new(StringComparer.Ordinal)
    {
        ["AK"] = (0, 0), ["ME"] = (10, 0),
        ["WI"] = (5, 1), ["VT"] = (9, 1), ["NH"] = (10, 1),
        ["WA"] = (0, 2), ["ID"] = (1, 2), ["MT"] = (2, 2), ["ND"] = (3, 2), ["MN"] = (4, 2), ["IL"] = (5, 2), ["MI"] = (6, 2), ["NY"] = (8, 2), ["MA"] = (9, 2),
        ["OR"] = (0, 3), ["NV"] = (1, 3), ["WY"] = (2, 3), ["SD"] = (3, 3), ["IA"] = (4, 3), ["IN"] = (5, 3), ["OH"] = (6, 3), ["PA"] = (7, 3), ["NJ"] = (8, 3), ["CT"] = (9, 3), ["RI"] = (10, 3),
        ["CA"] = (0, 4), ["UT"] = (1, 4), ["CO"] = (2, 4), ["NE"] = (3, 4), ["MO"] = (4, 4), ["KY"] = (5, 4), ["WV"] = (6, 4), ["VA"] = (7, 4), ["MD"] = (8, 4), ["DE"] = (9, 4),
        ["AZ"] = (1, 5), ["NM"] = (2, 5), ["KS"] = (3, 5), ["AR"] = (4, 5), ["TN"] = (5, 5), ["NC"] = (6, 5), ["SC"] = (7, 5), ["DC"] = (8, 5),
        ["OK"] = (3, 6), ["LA"] = (4, 6), ["MS"] = (5, 6), ["AL"] = (6, 6), ["GA"] = (7, 6),
        ["HI"] = (0, 7), ["TX"] = (3, 7), ["FL"] = (8, 7),
    };

    /// <summary>Five bands from light to dark (ColorBrewer Blues), each with a label colour that passes WCAG AA on it.</summary>
    private static readonly (string Fill, string Text)[] Bands =
        [("#eff3ff", "#111111"), ("#bdd7e7", "#111111"), ("#6baed6", "#111111"), ("#2171b5", "#ffffff"), ("#08306b", "#ffffff")];

    private const int Size = 50, Gap = 4, Step = Size + Gap;

    /// <summary>The band edges: quintiles of the published medians, or none when fewer than five states publish one.</summary>
    public static decimal[] Breaks(IReadOnlyList<decimal> medians)
    {
        if (medians.Count < 5) return [];
        var sorted = medians.Order().ToArray();
        return Enumerable.Range(1, 4).Select(i => sorted[(int)Math.Floor(i * sorted.Length / 5.0)]).ToArray();
    }

    public static int Band(decimal median, decimal[] breaks)
    {
        int band = 0;
        while (band < breaks.Length && median >= breaks[band]) band++;
        return breaks.Length == 0 ? 2 : band;
    }

    /// <param name="median">The figure a tile is coloured by (annual or hourly median), null where BLS published none.</param>
    /// <param name="display">How that figure reads, such as "$140,270".</param>
    /// <param name="href">Where a tile links, such as "#st-CA".</param>
    public static void Write(HtmlBuilder html, IReadOnlyList<StateWage> states, Func<StateWage, decimal?> median, Func<StateWage, string> display,
        Func<UsState, string> href, string caption, string? chosen)
    {
        var breaks = Breaks(states.Select(median).OfType<decimal>().ToList());
        html.Append($"<figure class=\"tile-map\">\n<svg viewBox=\"0 0 {12 * Step - Gap} {8 * Step - Gap}\" role=\"group\" aria-labelledby=\"map-caption\">\n");
        foreach (var s in states)
        {
            var (col, row) = Tiles[s.State.Code];
            var x = col * Step; var y = row * Step;
            var m = median(s);
            // The name starts with the code the tile shows, so what is seen is part of what is read out (WCAG 2.5.3).
            var label = $"{s.State.Code}: {s.State.Name}, {(m is null ? "median not published" : "median " + display(s))}";
            var current = s.State.Code == chosen ? " aria-current=\"true\"" : "";
            html.Append($"<a href=\"{href(s.State)}\" aria-label=\"{label}\"{new HtmlString(current)}><title>{label}</title>");
            if (m is { } value)
            {
                var (fill, text) = Bands[Band(value, breaks)];
                html.Append($"<rect class=\"tile\" x=\"{x}\" y=\"{y}\" width=\"{Size}\" height=\"{Size}\" rx=\"4\" fill=\"{fill}\"/>");
                html.Append($"<text x=\"{x + Size / 2}\" y=\"{y + Size / 2 + 6}\" text-anchor=\"middle\" fill=\"{text}\">{s.State.Code}</text>");
            }
            else
            {
                html.Append($"<rect class=\"tile na\" x=\"{x}\" y=\"{y}\" width=\"{Size}\" height=\"{Size}\" rx=\"4\" fill=\"#ffffff\" stroke=\"#767676\" stroke-dasharray=\"4 3\"/>");
                html.Append($"<text x=\"{x + Size / 2}\" y=\"{y + Size / 2 + 6}\" text-anchor=\"middle\" fill=\"#4a4a4a\">{s.State.Code}</text>");
            }
            html.Append($"</a>\n");
        }
        html.Append($"</svg>\n<figcaption id=\"map-caption\">{caption}</figcaption>\n");
        Legend(html, breaks, states.Select(median).OfType<decimal>().ToList(), display, states, median);
        html.Append($"</figure>\n");
    }

    private static void Legend(HtmlBuilder html, decimal[] breaks, List<decimal> values, Func<StateWage, string> display,
        IReadOnlyList<StateWage> states, Func<StateWage, decimal?> median)
    {
        if (values.Count == 0) return;
        // Band edges read as the same kind of figure as the tiles (annual dollars or dollars an hour).
        string Money(decimal v) => states.FirstOrDefault(s => median(s) == v) is { } s ? display(s) : v.ToString("#,0", CultureInfo.InvariantCulture);
        html.Append($"<ul class=\"legend\" aria-label=\"Colour key\">");
        var edges = new List<decimal> { values.Min() };
        edges.AddRange(breaks);
        for (int i = 0; i < edges.Count; i++)
        {
            var band = breaks.Length == 0 ? 2 : i;
            var range = i + 1 < edges.Count ? $"{Money(edges[i])} to under {Money(edges[i + 1])}" : $"{Money(edges[i])} to {Money(values.Max())}";
            html.Append($"<li><span class=\"swatch\" style=\"background:{Bands[band].Fill}\"></span>{range}</li>");
        }
        html.Append($"<li><span class=\"swatch na\"></span>Not published by BLS</li></ul>\n");
    }
}
