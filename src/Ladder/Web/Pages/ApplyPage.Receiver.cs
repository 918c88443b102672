using Ladder.Web.Site;
using Ladder.Web.Html;

namespace Ladder.Web.Pages;

public static partial class ApplyPage
{
    /// <summary>Who gets the application and what happens next, said before sending and repeated after.</summary>
    private static void WhoReceives(HtmlBuilder html, SiteOperator receiver, bool sent)
    {
        html.Append($"<aside class=\"receiver notice\" aria-labelledby=\"receiver-h\">\n<h2 id=\"receiver-h\">{(sent ? "Who has your application" : "Who receives your application")}</h2>\n");
        html.Append($"<p>{(sent ? "Your application went to" : "Your application goes to")} <strong>{receiver.Name}</strong>, who runs this site. Contact: ");
        if (receiver.ContactHref is { } href) html.Append($"<a href=\"{href}\">{receiver.Contact}</a>");
        else html.Append($"{receiver.Contact}");
        html.Append($".</p>\n<p><strong>What happens next:</strong> {receiver.NextStepsText}</p>\n</aside>\n");
    }
}
