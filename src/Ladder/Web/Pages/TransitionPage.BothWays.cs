using Ladder.Matching;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

public static partial class TransitionPage
{
    /// <summary>"Source, as of", without saying the date twice when the source's name already ends with it.</summary>
    private static string Cited(string source, string asOf) =>
        source.EndsWith(asOf, StringComparison.Ordinal) ? source : $"{source}, {asOf}";

    /// <summary>
    /// The engine's <see cref="Comparison"/> of the two roles, as <c>ladder compare</c> and the compare page show it:
    /// the score each way, and the key skills and technologies both guides list. <paramref name="c"/> has the target
    /// as A and the starting role as B, the order of the page's "Compare side by side" link.
    /// </summary>
    private static void BothWays(HtmlBuilder html, PageContext ctx, Comparison c)
    {
        var (target, from) = (c.A.Role, c.B.Role);
        html.Append($"""
            <section class="both-ways" aria-labelledby="both-ways-h">
            <h2 id="both-ways-h">Both directions</h2>
            <ul class="plain scores">
            <li data-move="there">{from.Title} → {target.Title}: <strong class="move-score">{c.BToA.Headline}</strong>, the move this page explains.</li>
            <li data-move="back">{ComparePage.Move(ctx, c.A, c.B)}: <strong class="move-score">{c.AToB.Headline}</strong>. {c.AToB.Because}</li>
            </ul>
            <h3>Key skills and technologies both guides list</h3>

            """);
        var shared = c.A.Skills.Where(s => s.Shared).Select(c.Label).Concat(c.A.Technologies.Where(t => t.Shared).Select(t => t.Name)).ToList();
        if (shared.Count == 0) html.Append($"<p class=\"muted\">None: the two guides' key skills and top technologies have nothing in common.</p>\n");
        else
        {
            html.Append($"<ul class=\"chips shared-keys\">");
            foreach (var name in shared) html.Append($"<li>{name}</li>");
            html.Append($"</ul>\n");
        }
        html.Append($"<p class=\"src\">The same comparison as the compare page and <code>ladder compare</code>: each guide's {Comparison.SkillCount} key skills and {Comparison.TechnologyCount} top technologies, shared when both lists include them. A shared skill can still be on the list to learn above when {target.Title} needs it at a higher level.</p>\n</section>\n");
    }
}
