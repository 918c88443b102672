using Ladder.Matching;
using Ladder.Web.Html;

namespace Ladder.Web.Pages;

public static partial class MatchingSlot
{
    /// <summary>"What stands in the way": licences the target requires that the starting point lacks.</summary>
    private static void CredentialsInTheWay(HtmlBuilder html, string target, IReadOnlyList<CredentialNeed> needs)
    {
        if (needs.Count == 0) return;
        html.Append($"<h3>What stands in the way: licences and credentials</h3>\n<p>To work as {target} you need these, which your starting point does not include:</p>\n<ul class=\"cons\">");
        foreach (var n in needs)
            html.Append($"<li><strong>{n.Name}</strong> <span class=\"muted\">({Ladder.Guides.GuideCredential.IssuerAndTime(n.Issuer, n.Time)}; <a href=\"{n.Source}\" rel=\"noopener\">source</a>, {(n.Reviewed == Ladder.Guides.GuideCredential.Unchecked ? Ladder.Guides.GuideCredential.UncheckedText : $"reviewed {n.Reviewed}")})</span></li>");
        html.Append($"</ul>\n");
    }
}
