using Ladder.Interests;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Interests;

public sealed class QuestionnaireTests
{
    private static Questionnaire Questionnaire => SharedEngine.Instance.Careers.Questionnaire;

    [Fact]
    public void Forty_two_activities_seven_per_area_in_onets_own_words_and_never_two_of_an_area_in_a_row()
    {
        var questions = Questionnaire.Questions;
        Assert.Equal(42, questions.Count);
        Assert.All(InterestArea.All, a => Assert.Equal(7, questions.Count(q => q.Area == a)));
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        // Every activity is a line of the shipped O*NET file, word for word, for the area it counts toward.
        var lines = ShippedData.ReadLines(Path.Combine(ShippedData.Onet, "Interests Illustrative Activities.txt.gz")).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.All(questions, q => Assert.Contains(lines, l => l[3] == q.Activity && (q.BasicInterest is null ? l[1] == q.Area.Name && l[2] == "General" : l[1] == q.BasicInterest)));
        for (int i = 1; i < questions.Count; i++) Assert.NotEqual(questions[i - 1].Area, questions[i].Area);
        Assert.Equal("Build kitchen cabinets.", questions[0].Activity);
    }

    [Fact]
    public void Liking_one_areas_activities_and_disliking_the_rest_scores_seven_and_zero_and_a_skipped_activity_counts_as_not_sure()
    {
        var answers = Questionnaire.Questions.ToDictionary(q => q.Id, q => q.Area.Key == "investigative" ? Answer.Like : Answer.Dislike);
        Assert.Equal([0, 7, 0, 0, 0, 0], Questionnaire.Score(answers).Scores);

        var social = Questionnaire.Questions.Where(q => q.Area.Key == "social").ToList();
        var partial = new Dictionary<string, Answer> { [social[0].Id] = Answer.Like, [social[1].Id] = Answer.Like, [social[2].Id] = Answer.Dislike };
        var profile = Questionnaire.Score(partial);
        // Social: 2 + 2 + 0 + four unanswered at 1 = 8 of 14 points, 7 × 8 ÷ 14 = 4.0; every other area 3.5.
        Assert.Equal([3.5, 3.5, 3.5, 4.0, 3.5, 3.5], profile.Scores);
        Assert.Equal("S", profile.Code);
    }

    [Theory]
    [InlineData("like", Answer.Like)]
    [InlineData("UNSURE", Answer.Unsure)]
    [InlineData(" d ", Answer.Dislike)]
    [InlineData("maybe", null)]
    [InlineData("", null)]
    public void Answers_are_read_from_their_keys(string text, Answer? expected) => Assert.Equal(expected, Questionnaire.ParseAnswer(text));
}
