using System.Globalization;

namespace Ladder.Interests;

/// <summary>
/// A reader's interest profile: one score from 0 to 7 for each of the six areas, in <see cref="InterestArea"/> order,
/// on the same 1–7 span as O*NET's occupational interest (OI) scores. Only the profile's shape matters to the fit.
/// </summary>
public sealed record InterestProfile
{
    public const double Max = 7;

    private readonly double[] _scores;

    public InterestProfile(IReadOnlyList<double> scores)
    {
        if (scores.Count != InterestArea.Count) throw new ArgumentException($"An interest profile has {InterestArea.Count} scores.", nameof(scores));
        foreach (var s in scores)
            if (double.IsNaN(s) || s < 0 || s > Max) throw new ArgumentOutOfRangeException(nameof(scores), s, "Each interest score is from 0 to 7.");
        _scores = scores.ToArray();
    }

    public IReadOnlyList<double> Scores => _scores;

    public double this[InterestArea area] => _scores[area.Index];

    /// <summary>True when every area scores the same: such a profile says nothing about which work fits.</summary>
    public bool IsFlat => _scores.All(s => s == _scores[0]);

    /// <summary>
    /// The areas from highest score to lowest, ties in O*NET's order: the first two or three are the reader's
    /// "high points", as O*NET names an occupation's.
    /// </summary>
    public IReadOnlyList<InterestArea> Ranked =>
        InterestArea.All.OrderByDescending(a => _scores[a.Index]).ThenBy(a => a.Index).ToList();

    /// <summary>The letters of the top areas that score above the middle of the scale ("RC"), at most three.</summary>
    public string Code => string.Concat(Ranked.Take(3).Where(a => _scores[a.Index] > Max / 2).Select(a => a.Letter));

    /// <summary>The profile as query-string pairs: realistic=5.3&amp;investigative=…</summary>
    public string ToQuery() => string.Join("&", InterestArea.All.Select(a => a.Key + "=" + Format(_scores[a.Index])));

    public static string Format(double score) => score.ToString("0.#", CultureInfo.InvariantCulture);

    public bool Equals(InterestProfile? other) => other is not null && _scores.AsSpan().SequenceEqual(other._scores);

    public override int GetHashCode() => HashCode.Combine(_scores[0], _scores[1], _scores[2], _scores[3], _scores[4], _scores[5]);
}
