using Ladder.Catalog;
using Ladder.Discover;
using Ladder.Interests;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>What the discover page shows: the questionnaire only, or a profile with its results.</summary>
/// <remarks>
/// <para>Answers: the reader's answers by question id, when they came from the questionnaire (kept only in the page's address).</para>
/// <para>CurrentNote: why the named current job shows no moves (it did not resolve to one role), or null.</para>
/// </remarks>
public sealed record DiscoverView(DiscoverResult? Result, IReadOnlyDictionary<string, Answer> Answers, string? Error, string? CurrentText, Role? Current, string? CurrentNote)
{
    public static DiscoverView Blank { get; } = new(null, new Dictionary<string, Answer>(), null, null, null, null);
}

/// <summary>
/// <c>/discover</c>: "find careers that fit you". A questionnaire of O*NET's illustrative activities becomes a RIASEC
/// interest profile, and the career finder lists the occupations whose O*NET interest profiles fit it, with pay, outlook,
/// preparation and licence. A plain GET form: the answers live in the address and nowhere else. In the static export the
/// same form is answered by assets/discover.js from discover-data.json.
/// </summary>
public static partial class DiscoverPage
{
    public const string Path = "discover";
    public const string DataFile = "discover-data.json";

    public const string Privacy = "Ladder stores nothing you answer here. Your answers travel only in this page’s address, so you can bookmark or share it; " +
        "the server works out your results, keeps no record of your answers and writes none of them to its logs.";

    public const string StaticPrivacy = "Ladder stores nothing you answer here. Your answers stay in this page’s address and your browser works out the results on your device; nothing is sent anywhere.";

    public static HtmlBuilder Render(PageContext ctx, DiscoverView view)
    {
        var meta = new PageMeta
        {
            Title = "Find careers that fit you",
            Description = "Answer a few minutes of like / not sure / dislike questions about work activities and see the occupations whose O*NET interest profiles fit yours, with pay, outlook and preparation.",
            Path = Path,
            NoIndex = view.Result is not null || view.Error is not null,
            Breadcrumbs = [new("Home", ctx.Links.Home), new("Find careers that fit you")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<h1>Find careers that fit you</h1>\n");
            if (view.Result is null)
                html.Append($"<p class=\"lede\">Say how you would feel about doing each activity below. Ladder turns your answers into an interest profile over O*NET’s six interest areas and lists the careers whose O*NET interest profiles fit it best, at the level of preparation you choose.</p>\n");
            else
                html.Append($"<p class=\"lede\">Your interest profile over O*NET’s six interest areas, and the careers whose O*NET interest profiles fit it best. Change your answers or filters below the list.</p>\n");
            html.Append($"<p class=\"notice privacy\">{(ctx.IsStatic ? StaticPrivacy : Privacy)}</p>\n");
            if (view.Error is { } error) html.Append($"<p class=\"error\" role=\"alert\">{error}</p>\n");
            if (view.Result is { } result)
            {
                Results(html, ctx, view, result);
                html.Append($"<details class=\"again\"><summary>Change your answers</summary>\n");
                Form(html, ctx, view);
                html.Append($"</details>\n");
            }
            else
            {
                if (ctx.IsStatic) html.Append($"<div id=\"discover-results\" aria-live=\"polite\"></div>\n<noscript><p class=\"note\">On this copy of Ladder your browser works out the results, which needs JavaScript. The Ladder server answers the same form without it.</p></noscript>\n");
                Form(html, ctx, view);
            }
            Sources(html, ctx);
            html.Append($"<script src=\"{ctx.Links.Asset("discover.js")}\" defer></script>\n");
        });
    }

    private static void Form(HtmlBuilder html, PageContext ctx, DiscoverView view)
    {
        var questions = ctx.Data.Engine.Careers.Questionnaire.Questions;
        html.Append($"<form class=\"discover-form\" id=\"discover-form\" action=\"{ctx.Links.Page(Path)}\" method=\"get\">\n");
        // Results reached from scores alone keep them, so changing only a filter keeps the profile; any answer replaces them.
        if (view.Result is { } shown && view.Answers.Count == 0)
            foreach (var area in InterestArea.All)
                html.Append($"<input type=\"hidden\" name=\"{area.Key}\" value=\"{InterestProfile.Format(shown.Query.Profile[area])}\">");
        html.Append($"<p class=\"progress\" id=\"discover-progress\" hidden><span id=\"discover-count\" aria-live=\"polite\">0 of {questions.Count} answered</span> <progress max=\"{questions.Count}\" value=\"0\" aria-labelledby=\"discover-count\"></progress></p>\n");
        html.Append($"<p class=\"hint\">{questions.Count} activities, each from O*NET’s list of activities that illustrate an interest area. Don’t think about training or pay: would you like doing it? An activity you skip counts as “Not sure”.</p>\n<ol class=\"activities\">\n");
        foreach (var q in questions)
        {
            var answer = view.Answers.TryGetValue(q.Id, out var a) ? a : (Answer?)null;
            html.Append($"<li><fieldset><legend>{q.Activity}</legend><div class=\"choices\">");
            foreach (var (value, key, label) in Questionnaire.Answers)
            {
                var id = q.Id + "-" + key;
                html.Append($"<label class=\"choice\"><input type=\"radio\" id=\"{id}\" name=\"{q.Id}\" value=\"{key}\"{Checked(answer == value)}> {label}</label>");
            }
            html.Append($"</div></fieldset></li>\n");
        }
        html.Append($"</ol>\n");
        Options(html, ctx, view);
        html.Append($"<button type=\"submit\">Show careers that fit</button>\n</form>\n");
    }

    private static HtmlString Checked(bool yes) => new(yes ? " checked" : "");

    private static void Sources(HtmlBuilder html, PageContext ctx)
    {
        var info = ctx.Data.Catalog.Info;
        var outlook = ctx.Data.Catalog.Outlook.ProjectionsRelease ?? Ladder.Outlook.OutlookSources.ProjectionsRelease;
        html.Append($"<h2 id=\"discover-sources\">How the fit is worked out, and sources</h2>\n<p class=\"src\">{CareerFinder.Method} Your score in each area is 7 × your points ÷ the most points possible (Like 2, Not sure 1, Dislike 0), to one decimal.</p>\n");
        html.Append($"<p class=\"src\">Activities, interest areas and their keywords, occupations’ interest profiles and high-points, work values and job zones: {info.OnetSource}, {info.OnetAsOf} (Interests Illustrative Activities, RIASEC Keywords, Basic Interests to RIASEC, Interests, Work Values, Job Zones), <a href=\"https://www.onetcenter.org/database.html\">O*NET Resource Center</a>. Activities are in O*NET’s words. ");
        html.Append($"Median pay: {info.OewsSource}, national or, when you pick a state, BLS’s state estimates. Outlook: BLS Employment Projections {outlook}. Licences: Ladder’s licence list (see each guide’s way in). Data as of {info.DataAsOf}.</p>\n");
    }
}
