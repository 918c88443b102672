using System.Globalization;
using Ladder.Catalog;
using Ladder.Interests;
using Ladder.Outlook;

namespace Ladder.Discover;

/// <summary>What a reader asks the career finder: their interest profile and the filters they chose.</summary>
public sealed record DiscoverQuery
{
    public const int DefaultLimit = 20, MaxLimit = 100;

    public required InterestProfile Profile { get; init; }
    /// <summary>Only occupations in this O*NET job zone, or all.</summary>
    public int? JobZone { get; init; }
    /// <summary>Only occupations where at least one of these is among O*NET's three work-value high-points.</summary>
    public IReadOnlyList<WorkValue> WorkValues { get; init; } = [];
    /// <summary>An outlook key of <see cref="RoleOutlookFilter.Outlooks"/>, or null for any.</summary>
    public string? Outlook { get; init; }
    /// <summary>Only occupations whose median (in <see cref="Pay"/>) is at least this many dollars a year.</summary>
    public decimal? MinimumPay { get; init; }
    public PayScope Pay { get; init; } = PayScope.National;
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>
    /// Parses the parameters every surface shares (page, API, static script): the six scores 0–7, <c>jobZone</c>,
    /// <c>workValues</c> (keys, comma-separated or repeated), <c>outlook</c>, <c>minPay</c> and <c>limit</c>.
    /// Returns a message naming the first bad parameter instead of a query.
    /// </summary>
    public static (DiscoverQuery? Query, string? Error) Parse(Func<string, string?> scoreOf, string? jobZone, IEnumerable<string?> workValues,
        string? outlook, string? minPay, string? limit, IReadOnlyList<int> jobZones)
    {
        var scores = new double[InterestArea.Count];
        foreach (var area in InterestArea.All)
        {
            var text = scoreOf(area.Key);
            if (string.IsNullOrWhiteSpace(text)) return (null, $"Give '{area.Key}', a score from 0 to 7 (all six areas are needed).");
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || !double.IsFinite(s) || s is < 0 or > InterestProfile.Max)
                return (null, $"'{area.Key}' must be a number from 0 to 7, not '{Shorten(text)}'.");
            scores[area.Index] = s;
        }
        var profile = new InterestProfile(scores);
        if (profile.IsFlat) return (null, "All six scores are the same, so they say nothing about which work fits: make at least one area higher or lower than the others.");
        int? zone = null;
        if (!string.IsNullOrWhiteSpace(jobZone) && jobZone != "any")
        {
            if (!int.TryParse(jobZone, NumberStyles.None, CultureInfo.InvariantCulture, out var z) || !jobZones.Contains(z))
                return (null, $"'jobZone' must be one of the job zones O*NET uses for these occupations ({string.Join(", ", jobZones)}), not '{Shorten(jobZone)}'.");
            zone = z;
        }
        var values = new List<WorkValue>();
        foreach (var key in workValues.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var value = WorkValue.Find(key);
            if (value is null) return (null, $"'workValues' takes {string.Join(", ", WorkValue.All.Select(v => v.Key))}, not '{Shorten(key)}'.");
            if (!values.Contains(value)) values.Add(value);
        }
        var filter = RoleOutlookFilter.From(outlook, null, null);
        if (filter.Validate() is { } bad) return (null, bad);
        decimal? pay = null;
        if (!string.IsNullOrWhiteSpace(minPay))
        {
            if (!decimal.TryParse(minPay.Replace(",", "", StringComparison.Ordinal).TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) || p < 0 || p > 10_000_000)
                return (null, $"'minPay' must be a yearly amount in dollars such as 45000, not '{Shorten(minPay)}'.");
            pay = p == 0 ? null : p;
        }
        var n = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out n) || n is < 1 or > MaxLimit))
            return (null, $"'limit' must be a whole number from 1 to {MaxLimit}, not '{Shorten(limit)}'.");
        return (new DiscoverQuery { Profile = profile, JobZone = zone, WorkValues = values, Outlook = filter.Outlook, MinimumPay = pay, Limit = n }, null);
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
