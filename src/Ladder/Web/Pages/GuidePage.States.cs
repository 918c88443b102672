using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.States;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

public static partial class GuidePage
{
    /// <summary>The chosen state's median beside the national one, in the facts at the top of the guide.</summary>
    private static void StateFact(HtmlBuilder html, UsState? state, StatePay? pay)
    {
        if (state is null) return;
        if (pay is null)
        {
            html.Append($"<div class=\"state-fact\"><dt>Median pay in {state.Name}</dt><dd class=\"big\">not available</dd><dd class=\"src\">No BLS state estimates for this occupation.</dd></div>\n");
            return;
        }
        var versus = pay.Published ? pay.VersusNational ?? "" : "BLS publishes no estimate for this state";
        html.Append($"<div class=\"state-fact\"><dt>Median pay in {state.Name}</dt><dd class=\"big\">{pay.MedianDisplay}</dd><dd>{versus}</dd><dd class=\"src\">{pay.Source}, SOC {pay.Soc}</dd></div>\n");
    }

    /// <summary>
    /// "Pay in your state": the chooser, the chosen state's sentence, a link to every state, and the role's state
    /// medians as JSON for the script, which fills this in where no server renders it (the static export) and
    /// for a state remembered on the device.
    /// </summary>
    private static void StatePaySection(HtmlBuilder html, PageContext ctx, Guide guide, UsState? state, StatePay? pay)
    {
        SectionStart(html, "state-pay", "Pay in your state");
        var catalog = ctx.Data.Catalog;
        var role = catalog.FindRole(guide.Slug);
        var view = role is null ? null : RoleStates.For(catalog, role);
        var statesLink = ctx.Links.Page(StatesPage.Path(guide.Slug));
        if (view?.Set is not { } set)
        {
            html.Append($"<p>{view?.Note ?? "No state figures."} <a href=\"{statesLink}\">Pay by state</a></p>\n");
            SectionEnd(html);
            return;
        }
        if (view.Note is { } note && role!.IsCurated) html.Append($"<p class=\"note\">{note}</p>\n");
        StateChooser.Write(html, ctx, ctx.Links.Career(guide.Slug), state, "Your state", id: "guide-state");
        html.Append($"<p id=\"state-pay-result\" class=\"state-pick-result\" aria-live=\"polite\">{(pay is null ? "" : pay.Sentence)}</p>\n");
        html.Append($"<p><a href=\"{statesLink}\">Pay, employment and where the jobs are in every state (map and table)</a></p>\n");
        // Data for the script: the figure each state is compared by, null where BLS published none.
        var sample = StatePay.For(catalog, role!, UsState.All[0])!;
        html.Append($"<script type=\"application/json\" id=\"state-pay-data\">{new HtmlString(Json(set, sample))}</script>\n");
        SectionEnd(html);
    }

    private static string Json(StateWageSet set, StatePay sample)
    {
        using var stream = new MemoryStream(2048);
        // The encoder escapes '<', so the JSON cannot close its script element.
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            w.WriteStartObject();
            w.WriteBoolean("hourly", sample.Hourly);
            w.WriteString("national", sample.NationalDisplay);
            var national = sample.Hourly ? sample.NationalHourlyMedian : sample.NationalMedian;
            if (national is { } n) w.WriteNumber("nationalValue", n); else w.WriteNull("nationalValue");
            w.WriteString("source", sample.Source);
            w.WriteString("soc", sample.Soc);
            w.WriteString("socTitle", sample.SocTitle);
            w.WriteStartObject("states");
            foreach (var s in set.States)
            {
                var v = sample.Hourly ? s.HourlyMedian : s.Median;
                if (v is { } x) w.WriteNumber(s.State.Code, x); else w.WriteNull(s.State.Code);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
