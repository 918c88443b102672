using System.Globalization;
using Ladder.Discover;
using Ladder.Interests;
using Ladder.Outlook;
using Ladder.Web.Html;
using Ladder.Web.Site;
using Ladder.Catalog;

namespace Ladder.Web.Pages;

public static partial class DiscoverPage
{
    /// <summary>The choices besides the answers: preparation, work values, outlook, minimum pay and the reader's job now.</summary>
    private static void Options(HtmlBuilder html, PageContext ctx, DiscoverView view)
    {
        var q = view.Result?.Query;
        var catalog = ctx.Data.Catalog;
        html.Append($"<fieldset class=\"options\"><legend>What suits you <span class=\"opt\">(all optional)</span></legend>\n");
        html.Append($"<div class=\"field\"><label for=\"d-zone\">How much preparation can you take on?</label><select id=\"d-zone\" name=\"jobZone\"><option value=\"\">Any amount</option>");
        foreach (var z in ctx.Data.Engine.Careers.JobZones)
            if (catalog.JobZone(z) is { } info)
                html.Append($"<option value=\"{z}\"{Selected(q?.JobZone == z)}>{info.Name}</option>");
        html.Append($"</select></div>\n");
        html.Append($"<fieldset class=\"values\"><legend>What matters to you at work (O*NET’s work values; a career qualifies when one you tick is among its top three)</legend>\n");
        foreach (var v in WorkValue.All)
            html.Append($"<div class=\"field check\"><input type=\"checkbox\" id=\"d-wv-{v.Key}\" name=\"workValues\" value=\"{v.Key}\"{Checked(q?.WorkValues.Contains(v) == true)}><label for=\"d-wv-{v.Key}\">{v.Name}: {v.Plain}</label></div>\n");
        html.Append($"</fieldset>\n");
        html.Append($"<div class=\"field\"><label for=\"d-outlook\">Outlook {catalog.Outlook.ProjectionsRelease ?? OutlookSources.ProjectionsRelease}</label><select id=\"d-outlook\" name=\"outlook\"><option value=\"\">Any</option>");
        foreach (var (key, label) in RoleOutlookFilter.Outlooks)
            html.Append($"<option value=\"{key}\"{Selected(q?.Outlook == key)}>{label}</option>");
        html.Append($"</select></div>\n");
        if (!ctx.IsStatic)
        {
            html.Append($"<div class=\"field\"><label for=\"d-state\">Pay in</label><select id=\"d-state\" name=\"state\"><option value=\"\">The whole U.S. (national median)</option>");
            foreach (var st in Ladder.States.UsState.All)
                html.Append($"<option value=\"{st.Code}\"{Selected(q?.Pay.Key == st.Code)}>{st.Name}</option>");
            html.Append($"</select></div>\n");
        }
        html.Append($"<div class=\"field\"><label for=\"d-pay\">Lowest median pay you would take, a year <span class=\"opt\">(BLS)</span></label><input type=\"number\" id=\"d-pay\" name=\"minPay\" min=\"0\" step=\"1000\" inputmode=\"numeric\" value=\"{q?.MinimumPay?.ToString("0", CultureInfo.InvariantCulture)}\" placeholder=\"e.g. 45000\"></div>\n");
        if (!ctx.IsStatic)
            html.Append($"<div class=\"field\"><label for=\"d-current\">Your job now <span class=\"opt\">(to see how close each career is to it)</span></label><input type=\"text\" id=\"d-current\" name=\"current\" maxlength=\"{Ladder.Engine.LadderEngine.MaxQueryLength}\" value=\"{view.CurrentText}\" placeholder=\"e.g. cashier\" autocomplete=\"off\"></div>\n");
        html.Append($"</fieldset>\n");
    }

    /// <summary>What a result says when neither the credential data nor the licence list covers its occupation.</summary>
    public const string UnknownLicence = "Ladder has no licence facts for it: check your state’s rules";

    private static HtmlString Selected(bool yes) => new(yes ? " selected" : "");

    private static void Results(HtmlBuilder html, PageContext ctx, DiscoverView view, DiscoverResult result)
    {
        var profile = result.Query.Profile;
        var interests = ctx.Data.Catalog.Interests;
        html.Append($"<section class=\"profile\" aria-labelledby=\"profile-h\">\n<h2 id=\"profile-h\">Your interest profile{(profile.Code.Length > 0 ? $": {profile.Code}" : "")}</h2>\n<ul class=\"riasec\">\n");
        foreach (var area in profile.Ranked)
        {
            var score = profile[area];
            var actions = string.Join(", ", interests.KeywordsFor(area).Where(k => k.IsAction).Select(k => k.Word));
            var objects = string.Join(", ", interests.KeywordsFor(area).Where(k => !k.IsAction).Select(k => k.Word));
            html.Append($"<li><span class=\"area\">{area.Name}</span> <span class=\"score\">{InterestProfile.Format(score)} of 7</span>");
            html.Append($"<span class=\"meter\" aria-hidden=\"true\"><span style=\"width:{(score / InterestProfile.Max * 100).ToString("0", CultureInfo.InvariantCulture)}%\"></span></span>");
            html.Append($"<span class=\"keywords\">{actions}; {objects}</span></li>\n");
        }
        html.Append($"</ul>\n<p class=\"src\">What each area means: O*NET’s RIASEC keywords, actions then objects.</p>\n</section>\n");

        html.Append($"<section aria-labelledby=\"fits-h\">\n<h2 id=\"fits-h\">Careers that fit</h2>\n");
        html.Append($"<p>{Filters(ctx, result.Query)} {Count(result.Matching)} of the {Count(result.Ranked)} occupations O*NET gives an interest profile match{(result.Matching == 1 ? "es" : "")}; {(result.Items.Count == result.Matching ? "all are" : $"the best {result.Items.Count} are")} below, best fit first. {Count(result.WithoutProfile)} occupations have no O*NET interest profile and are not ranked.</p>\n");
        if (view.CurrentNote is { } note) html.Append($"<p class=\"notice\" role=\"status\">{note}</p>\n");
        if (result.Items.Count == 0)
            html.Append($"<p class=\"notice\">No career passes all of these filters. Try another level of preparation, fewer work values or a lower minimum pay.</p>\n");
        html.Append($"<ol class=\"fits\">\n");
        foreach (var fit in result.Items) Item(html, ctx, fit, result.Query.Pay);
        html.Append($"</ol>\n");
        html.Append($"<p><a href=\"{ctx.Links.Page(Path) + "?" + ShareQuery(result.Query, view.CurrentText)}\">Link to these results</a> (your profile and filters, without the answers) · <a href=\"{ctx.Links.Page(Path)}\">Start again</a></p>\n</section>\n");
    }

    private static void Item(HtmlBuilder html, PageContext ctx, CareerFit fit, PayScope pay)
    {
        var role = fit.Role;
        html.Append($"<li class=\"card fit\"><h3><a href=\"{ctx.Links.Career(role.Slug)}\">{role.Title}</a></h3>");
        html.Append($"<p class=\"fit-score\"><strong>{fit.Fit.ToString("0.00", CultureInfo.InvariantCulture)}</strong> {fit.FitWords}</p>");
        html.Append($"<p class=\"why\">{fit.Why}</p><dl class=\"pairs\">");
        html.Append($"<div><dt>Median pay</dt><dd>{fit.MedianPayText} <span class=\"muted\">({pay.Label})</span></dd></div>");
        html.Append($"<div><dt>Outlook</dt><dd>{(fit.OutlookChangePercent is { } c ? $"{Guides.OutlookFormat.Signed(c)}, {fit.Outlook.ToLowerInvariant()}" : "not available")}</dd></div>");
        html.Append($"<div><dt>Preparation</dt><dd>{fit.Preparation}</dd></div>");
        html.Append($"<div><dt>Licence</dt><dd>{fit.Licence ?? UnknownLicence}</dd></div>");
        if (fit.Move is { } move)
            html.Append($"<div><dt>From your job</dt><dd>score {move.Score.ToString("0", CultureInfo.InvariantCulture)}/100, {move.Verdict} · <a href=\"{ctx.Links.Transition(role.Slug, move.FromSlug)}\">See the move from {move.FromTitle}</a></dd></div>");
        html.Append($"</dl></li>\n");
    }

    private static string Filters(PageContext ctx, DiscoverQuery q)
    {
        var parts = new List<string>();
        if (ctx.Data.Catalog.JobZone(q.JobZone) is { } zone) parts.Add(zone.Name);
        if (q.WorkValues.Count > 0) parts.Add("work values " + string.Join(" or ", q.WorkValues.Select(v => v.Name)));
        if (q.Outlook is { } o) parts.Add("outlook " + RoleOutlookFilter.Outlooks.First(x => x.Key == o).Label.ToLowerInvariant());
        if (q.MinimumPay is { } p) parts.Add($"{q.Pay.Label} at least {Occupations.WageValue.FormatMoney(p)}");
        return parts.Count == 0 ? "With no filters," : $"With {string.Join("; ", parts)}:";
    }

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>The address of these results without the answers: the six scores and the filters.</summary>
    public static string ShareQuery(DiscoverQuery q, string? current)
    {
        var parts = new List<string> { q.Profile.ToQuery() };
        if (q.JobZone is { } z) parts.Add("jobZone=" + z.ToString(CultureInfo.InvariantCulture));
        if (q.WorkValues.Count > 0) parts.Add("workValues=" + string.Join(",", q.WorkValues.Select(v => v.Key)));
        if (q.Outlook is { } o) parts.Add("outlook=" + o);
        if (q.MinimumPay is { } p) parts.Add("minPay=" + p.ToString("0", CultureInfo.InvariantCulture));
        if (q.Pay.Key != PayScope.National.Key) parts.Add("state=" + q.Pay.Key);
        if (!string.IsNullOrWhiteSpace(current)) parts.Add("current=" + Uri.EscapeDataString(current));
        return string.Join("&", parts);
    }
}
