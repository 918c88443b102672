using Ladder.Catalog;
using Ladder.Discover;
using Ladder.Interests;
using Ladder.Web.Pages;
using Ladder.Web.Site;
using Microsoft.Extensions.Primitives;

namespace Ladder.Web.Hosting;

/// <summary>
/// Answers <c>GET /discover</c>: the questionnaire, or the results for the answers or scores in the address. Nothing
/// about the request is stored or logged; the answers exist only while the page is rendered.
/// </summary>
public static class DiscoverRoute
{
    public static IResult Answer(HttpContext http, SiteData data)
    {
        var (view, status) = Read(http.Request.Query, data);
        var page = DiscoverPage.Render(SitePages.Context(http, data), view);
        return Results.Content(page.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    private static (DiscoverView View, int Status) Read(IQueryCollection query, SiteData data)
    {
        var questionnaire = data.Engine.Careers.Questionnaire;
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var q in questionnaire.Questions)
        {
            if (!query.TryGetValue(q.Id, out var raw) || StringValues.IsNullOrEmpty(raw)) continue;
            if (Questionnaire.ParseAnswer(raw[0]) is not { } answer)
                return (DiscoverView.Blank with { Error = $"'{q.Id}' must be like, unsure or dislike." }, StatusCodes.Status400BadRequest);
            answers[q.Id] = answer;
        }
        var hasScores = InterestArea.All.Any(a => query.ContainsKey(a.Key));
        if (answers.Count == 0 && !hasScores) return (DiscoverView.Blank, StatusCodes.Status200OK);
        var fromAnswers = answers.Count > 0 ? questionnaire.Score(answers) : null;
        var (parsed, error) = DiscoverQuery.Parse(
            key => fromAnswers is { } p ? InterestProfile.Format(p[InterestArea.Find(key)!]) : query[key].FirstOrDefault(),
            query["jobZone"].FirstOrDefault(), query["workValues"].ToArray(), query["outlook"].FirstOrDefault(), query["minPay"].FirstOrDefault(), query["limit"].FirstOrDefault(), data.Engine.Careers.JobZones);
        var current = query["current"].FirstOrDefault()?.Trim();
        if (parsed is null)
        {
            if (fromAnswers is not null && fromAnswers.IsFlat)
                error = "Your answers give every interest area the same score, so they cannot tell which work suits you. Mark at least a few activities Like or Dislike.";
            return (DiscoverView.Blank with { Answers = answers, Error = error, CurrentText = current }, fromAnswers is not null && fromAnswers.IsFlat ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest);
        }
        var (pay, stateError) = PayScope.From(data.Catalog, query["state"].FirstOrDefault());
        if (pay is null) return (DiscoverView.Blank with { Answers = answers, Error = stateError, CurrentText = current }, StatusCodes.Status400BadRequest);
        parsed = parsed with { Pay = pay };
        Role? role = null;
        string? note = null;
        if (!string.IsNullOrWhiteSpace(current))
        {
            if (current.Length > Ladder.Engine.LadderEngine.MaxQueryLength) current = current[..Ladder.Engine.LadderEngine.MaxQueryLength];
            switch (data.Engine.Resolve(current))
            {
                case Resolution.Found found: role = found.Role; break;
                case Resolution.Ambiguous a:
                    note = $"“{current}” could be several jobs ({string.Join(", ", a.Candidates.Take(4).Select(r => r.Title))}), so the list does not say how close each career is to it. Type the job’s full title to see that.";
                    break;
                default:
                    note = $"No job matches “{current}”, so the list does not say how close each career is to it. Try the title on your payslip.";
                    break;
            }
        }
        var result = data.Engine.Discover(parsed, role);
        return (new DiscoverView(result, answers, null, current, role, note), StatusCodes.Status200OK);
    }
}
