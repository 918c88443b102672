namespace Ladder.Interests;

/// <summary>One item of the questionnaire: an O*NET illustrative activity, in O*NET's words, and the area it counts for.</summary>
/// <remarks>
/// <para>Id: The form field and query parameter name ("q1").</para>
/// </remarks>
public sealed record Question(string Id, InterestArea Area, string Activity, string? BasicInterest);

/// <summary>A reader's answer to one activity.</summary>
public enum Answer
{
    Dislike = 0,
    Unsure = 1,
    Like = 2,
}

/// <summary>
/// The career finder's questionnaire, built from O*NET's Interests Illustrative Activities: for each of the six areas
/// its four general activities and the first activity of <see cref="BasicPerArea"/> of the basic interests O*NET links
/// to that area alone (spread evenly over the area's list), asked in turn area by area so no area comes in a block.
/// </summary>
public sealed class Questionnaire
{
    /// <summary>Basic-interest activities asked per area: three is what every area has (Investigative, Social and Conventional have exactly three).</summary>
    public const int BasicPerArea = 3;

    public static readonly IReadOnlyList<(Answer Answer, string Key, string Label)> Answers =
        [(Answer.Like, "like", "Like"), (Answer.Unsure, "unsure", "Not sure"), (Answer.Dislike, "dislike", "Dislike")];

    private Questionnaire(IReadOnlyList<Question> questions) => Questions = questions;

    public IReadOnlyList<Question> Questions { get; }

    public static Questionnaire From(InterestData data)
    {
        var perArea = InterestArea.All.Select(area =>
        {
            var general = data.Activities.Where(a => a.BasicInterest is null && a.Areas[0] == area).ToList();
            var basics = data.Activities.Where(a => a.BasicInterest is not null && a.Areas.Count == 1 && a.Areas[0] == area)
                .GroupBy(a => a.BasicInterest).Select(g => g.First()).ToList();
            var picked = Enumerable.Range(0, Math.Min(BasicPerArea, basics.Count)).Select(i => basics[i * basics.Count / BasicPerArea]);
            return general.Concat(picked).ToList();
        }).ToList();
        var questions = new List<Question>();
        for (int round = 0; perArea.Any(l => round < l.Count); round++)
            foreach (var (list, area) in perArea.Zip(InterestArea.All))
                if (round < list.Count)
                    questions.Add(new Question("q" + (questions.Count + 1), area, list[round].Text, list[round].BasicInterest));
        return new Questionnaire(questions);
    }

    /// <summary>"like", "unsure" or "dislike" (also "l", "u", "d"); null for anything else.</summary>
    public static Answer? ParseAnswer(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "like" or "l" => Answer.Like,
        "unsure" or "u" or "not sure" => Answer.Unsure,
        "dislike" or "d" => Answer.Dislike,
        _ => null,
    };

    /// <summary>
    /// The profile the answers give: each area scores 7 × (points ÷ most points), Like 2, Not sure 1, Dislike 0, an
    /// unanswered activity counting as Not sure, rounded half up to one decimal in whole-number arithmetic so the
    /// static site's script gets exactly the same profile.
    /// </summary>
    public InterestProfile Score(IReadOnlyDictionary<string, Answer> answers)
    {
        var scores = new double[InterestArea.Count];
        foreach (var area in InterestArea.All)
        {
            var items = Questions.Where(q => q.Area == area).ToList();
            if (items.Count == 0) continue;
            var points = items.Sum(q => (int)answers.GetValueOrDefault(q.Id, Answer.Unsure));
            scores[area.Index] = (70 * points + items.Count) / (2 * items.Count) / 10.0;
        }
        return new InterestProfile(scores);
    }
}
