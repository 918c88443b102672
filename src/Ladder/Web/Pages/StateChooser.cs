using Ladder.States;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>
/// "Your state": a plain GET form with the 50 states and DC. The server renders the page for the state asked for;
/// the script remembers the choice on the device (localStorage) and, in the static export, fills the page in.
/// A static copy has no server to answer the form, so there it stays hidden until the script shows it, and a reader
/// without JavaScript is told what works instead (<paramref name="withoutScript"/>).
/// </summary>
public static class StateChooser
{
    public static void Write(HtmlBuilder html, PageContext ctx, string action, UsState? chosen, string label, string withoutScript = "", string id = "state-pick")
    {
        if (ctx.IsStatic) html.Append($"<noscript><p class=\"state-pick\">{withoutScript}</p></noscript>\n");
        html.Append($"<form class=\"state-pick\" action=\"{action}\" method=\"get\" data-state-form{new HtmlString(ctx.IsStatic ? " hidden" : "")}>\n");
        html.Append($"<label for=\"{id}\">{label}</label> <select id=\"{id}\" name=\"state\"><option value=\"\">Choose a state</option>");
        foreach (var s in UsState.All)
        {
            if (s == chosen) html.Append($"<option value=\"{s.Code}\" selected>{s.Name}</option>");
            else html.Append($"<option value=\"{s.Code}\">{s.Name}</option>");
        }
        html.Append($"</select> <button type=\"submit\">Show</button>\n</form>\n");
    }
}
