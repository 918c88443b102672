using Ladder.Interests;

namespace Ladder.Discover;

/// <summary>
/// One career finder result as the API, <c>ladder discover --json</c> and the static site's data print it.
/// <c>Fit</c> is the correlation (−1 to 1) of the reader's interest scores with the occupation's O*NET profile.
/// </summary>
public sealed record DiscoverItem(string Code, string Slug, string Title, double Fit, string FitWords, string Why, IReadOnlyList<string> HighPoints,
    InterestScores Interests, decimal? MedianPay, string MedianPayDisplay, string PayScope, string Outlook, string OutlookKey, int? JobZone, string Preparation,
    string? Licence, IReadOnlyList<string> WorkValues, string Url, DiscoverMove? Move);

/// <summary>Six RIASEC scores: a reader's (0–7) or an occupation's O*NET OI scores (1–7).</summary>
public sealed record InterestScores(double Realistic, double Investigative, double Artistic, double Social, double Enterprising, double Conventional)
{
    public static InterestScores From(IReadOnlyList<double> s) => new(s[0], s[1], s[2], s[3], s[4], s[5]);
}

/// <summary>How close the move from the reader's current job is: Ladder's transition score 0–100 and its verdict.</summary>
public sealed record DiscoverMove(string From, double Score, string Verdict, string Url);

/// <summary>The reader's profile as the answer repeats it: the six scores and the letters of the top areas.</summary>
public sealed record DiscoverProfile(InterestScores Scores, string Code);

public static class DiscoverMapping
{
    public static DiscoverItem AsItem(this CareerFit f, string payScope) => new(f.Role.Code, f.Role.Slug, f.Role.Title, f.Fit, f.FitWords, f.Why,
        f.Interests.HighPoints.Select(a => a.Name).ToList(), InterestScores.From(f.Interests.Scores), f.MedianPay, f.MedianPayText, payScope,
        f.Outlook, f.OutlookKey, f.JobZone, f.Preparation, f.Licence, f.WorkValueHighPoints.Select(v => v.Key).ToList(), "/careers/" + f.Role.Slug,
        f.Move is { } m ? new DiscoverMove(m.FromSlug, m.Score, m.Verdict, $"/careers/{f.Role.Slug}/from/{m.FromSlug}") : null);

    public static DiscoverProfile AsProfile(this InterestProfile p) => new(InterestScores.From(p.Scores), p.Code);
}
