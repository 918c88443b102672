using Ladder.Cli.Web.Html;

namespace Ladder.Cli.Web.Pages;

/// <summary>
/// Where the matching engine's transition and gap scores go on the transition and gap pages.
/// Until it lands (issue 5) the slot says so plainly instead of showing a made-up number.
/// </summary>
public static class MatchingSlot
{
    public static void WriteScorePending(HtmlBuilder html, string what) =>
        html.Append($"""
            <div class="score-slot" role="note">
            <p class="score-pending"><strong>{what} score:</strong> coming with the matching feature. The 0–100 score, and the ranking of missing skills by how much they matter, will appear here.</p>
            </div>

            """);
}
