using System.Globalization;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Occupations;
using Ladder.States;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>
/// <c>/careers/{slug}/states</c>: a role's pay and employment in every state, as a tile map and a table sortable by
/// pay, employment or concentration. Each order is a page of its own (<c>states/by-employment</c>), served and in the
/// static export alike, so the column headers are plain links that sort without JavaScript anywhere; with it the
/// script sorts in place. The served site also takes <c>?sort=employment</c>.
/// </summary>
public static partial class StatesPage
{
    /// <summary>The page of the table in <paramref name="sort"/> order; the pay order is the states page itself.</summary>
    public static string Path(string slug, string? sort = null) =>
        "careers/" + slug + "/states" + (sort is null or DefaultSort ? "" : "/by-" + sort);

    public const string DefaultSort = "pay";

    public static readonly (string Key, string Label)[] Sorts =
        [("pay", "Median pay"), ("employment", "Employment"), ("concentration", "Concentration"), ("state", "State")];

    public static bool IsSort(string? sort) => sort is null || Sorts.Any(s => s.Key == sort);

    public static HtmlBuilder Render(PageContext ctx, Role role, string? sort = null, UsState? chosen = null)
    {
        var links = ctx.Links;
        var catalog = ctx.Data.Catalog;
        var view = RoleStates.For(catalog, role);
        sort ??= DefaultSort;
        var hourly = view.Set is { } set0 && (set0.HourlyOnly || role.Primary.Wages.Current is { } w0 && HourlyPay.IsHourlyOnly(w0));
        decimal? Figure(StateWage s) => hourly ? s.HourlyMedian : s.Median;
        string Show(StateWage s) => Figure(s) is { } v ? hourly ? HourlyPay.Money(v) + " an hour" : WageValue.FormatMoney(v) : "not published";
        var meta = new PageMeta
        {
            Title = $"{role.Title} pay by state",
            Description = $"{role.Title}: median pay, employment and where the jobs are in each of the 50 states and DC, from {(view.Source.Length > 0 ? view.Source : "BLS OEWS state estimates")}.",
            // Every order is the same figures: search engines are pointed at the pay order.
            Path = Path(role.Slug),
            Breadcrumbs = [new("Home", links.Home), new("Domains", links.Domains), new(role.Domain, links.Domain(Slug.From(role.Domain))),
                new(role.Title, links.Career(role.Slug)), new("Pay by state")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<header class=\"guide-head\">\n<h1>{role.Title}: pay by state</h1>\n");
            html.Append($"<p class=\"lede\">Median pay, employment and concentration of jobs in each of the 50 states and the District of Columbia.</p>\n");
            if (view.Note is { } note) html.Append($"<p class=\"note\">{note}</p>\n");
            StateChooser.Write(html, ctx, links.Page(Path(role.Slug, sort)), chosen, "Highlight your state",
                "Choose your state on the map: each square leads to its row in the table, highlighted.");
            html.Append($"</header>\n");
            if (view.Set is not { } set)
            {
                html.Append($"<p class=\"notice\">Not enough data: there are no state figures for this role. Its national pay is in <a href=\"{links.Career(role.Slug)}\">the guide</a>.</p>\n");
                return;
            }
            var national = role.Primary.Wages.Current;
            var nationalText = hourly ? national is { } n1 ? HourlyPay.PerHour(n1.HourlyMedian) : "not available" : national?.Median.ToDisplay() ?? "not available";
            var published = set.States.Count(s => Figure(s) is not null);
            if (chosen is not null && StatePay.For(catalog, role, chosen) is { } pay)
                html.Append($"<p class=\"state-pick-result\" id=\"chosen-state\">{pay.Sentence}</p>\n");
            html.Append($"<p>National median for SOC {set.Soc} {set.Title}: <strong>{nationalText}</strong> (BLS OEWS {national?.Release ?? set.Release}). BLS publishes a {(hourly ? "median hourly wage" : "median annual wage")} for {published} of the 51 areas (50 states and DC){(published < 51 ? "; the others are marked “not published” (too few survey responses, or withheld for confidentiality), never filled in with the national figure" : "")}.</p>\n");
            html.Append($"<div class=\"states-layout\">\n");
            var caption = $"Map: {(hourly ? "median hourly wage" : "median annual wage")} by state, darker is higher. Each square is one state, the same size whatever its population. Source: {view.Source}.";
            StateTileMap.Write(html, set.States, Figure, Show, s => "#st-" + s.Code, caption, chosen?.Code);
            Table(html, ctx, role, set, sort, chosen, hourly, Figure, Show);
            html.Append($"</div>\n");
            html.Append($"""
                <section class="sources" aria-labelledby="states-src-h"><h2 id="states-src-h">About these figures</h2>
                <p>Source: {catalog.States.Citation}, estimates for {set.Release}, cross-industry, for SOC {set.Soc} {set.Title}. Public domain. <a href="{GuideComposer.BlsUrl}">bls.gov/oes</a>.</p>
                <p><strong>Concentration</strong> is BLS's location quotient: the occupation's share of the state's jobs over its share of all U.S. jobs. Above 1.0 the work is more concentrated in the state than nationally: where the jobs are. Employment is rounded by BLS; states sum to slightly less than the national total because some cells are suppressed.</p>
                <p><a href="{links.Career(role.Slug)}">Back to the {role.Title} guide</a></p>
                </section>

                """);
        });
    }

    private static void Table(HtmlBuilder html, PageContext ctx, Role role, StateWageSet set, string sort, UsState? chosen, bool hourly,
        Func<StateWage, decimal?> figure, Func<StateWage, string> show)
    {
        var rows = Sorted(set.States, sort, figure);
        html.Append($"<div class=\"table-wrap states-table\" tabindex=\"0\" role=\"region\" aria-label=\"Pay by state table\"><table id=\"states-table\" data-sort=\"{sort}\">\n");
        html.Append($"<caption>{role.Title} by state, sorted by {Sorts.First(s => s.Key == sort).Label.ToLowerInvariant()}. Source: {ctx.Data.Catalog.States.Label}.</caption>\n<thead><tr>");
        Header(html, ctx, role, "state", "State", sort, numeric: false);
        Header(html, ctx, role, "pay", hourly ? "Median hourly" : "Median pay", sort, numeric: true);
        html.Append($"<th scope=\"col\" class=\"num range\">{(hourly ? "10th–90th (annual)" : "10th–90th")}</th>");
        Header(html, ctx, role, "employment", "Employment", sort, numeric: true);
        Header(html, ctx, role, "concentration", "Concentration", sort, numeric: true);
        html.Append($"</tr></thead>\n<tbody>\n");
        foreach (var s in rows)
        {
            var cls = s.State.Code == chosen?.Code ? " class=\"chosen\"" : "";
            var range = s.P10 is { } lo && s.P90 is { } hi ? $"{WageValue.FormatMoney(lo)}–{WageValue.FormatMoney(hi)}" : "not published";
            html.Append($"<tr id=\"st-{s.State.Code}\"{new HtmlString(cls)} data-pay=\"{Num(figure(s))}\" data-employment=\"{Num(s.Employment)}\" data-concentration=\"{Num(s.LocationQuotient)}\">");
            // data-label names each cell where a phone shows the row as a block without the header row.
            html.Append($"<th scope=\"row\">{s.State.Name}</th><td class=\"num\" data-label=\"{(hourly ? "Median hourly" : "Median pay")}\">{show(s)}</td><td class=\"num\" data-label=\"10th–90th\">{range}</td>");
            html.Append($"<td class=\"num\" data-label=\"Employment\">{(s.Employment is { } e ? e.ToString("#,0", CultureInfo.InvariantCulture) : "not published")}</td>");
            html.Append($"<td class=\"num\" data-label=\"Concentration\">{(s.LocationQuotient is { } q ? q.ToString("0.00", CultureInfo.InvariantCulture) : "not published")}</td></tr>\n");
        }
        html.Append($"</tbody></table></div>\n");
    }

    private static string Num(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static void Header(HtmlBuilder html, PageContext ctx, Role role, string key, string label, string sort, bool numeric)
    {
        var cls = numeric ? " class=\"num\"" : "";
        var ariaSort = key == sort ? (key == "state" ? " aria-sort=\"ascending\"" : " aria-sort=\"descending\"") : "";
        html.Append($"<th scope=\"col\"{new HtmlString(cls + ariaSort)} data-key=\"{key}\">");
        html.Append($"<a href=\"{ctx.Links.Page(Path(role.Slug, key)) + "#states-table"}\">{label}</a></th>");
    }

    /// <summary>Highest first (state names A to Z); states BLS publishes nothing for go last, in name order.</summary>
    public static IReadOnlyList<StateWage> Sorted(IReadOnlyList<StateWage> states, string sort, Func<StateWage, decimal?> figure)
    {
        Func<StateWage, decimal?> key = sort switch
        {
            "employment" => s => s.Employment,
            "concentration" => s => s.LocationQuotient,
            "state" => _ => null,
            _ => figure,
        };
        if (sort == "state") return states.OrderBy(s => s.State.Name, StringComparer.Ordinal).ToList();
        return states.OrderBy(s => key(s) is null).ThenByDescending(s => key(s)).ThenBy(s => s.State.Name, StringComparer.Ordinal).ToList();
    }
}
