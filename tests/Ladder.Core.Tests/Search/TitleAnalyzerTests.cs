using Ladder.Search;

namespace Ladder.Tests.Core.Search;

public sealed class TitleAnalyzerTests
{
    [Theory]
    [InlineData("Sr. Software Engr II", "software engineer", "senior, level 2")]
    [InlineData("UX/UI Designer", "user experience interface designer", null)]
    [InlineData("Research & Development Chemist", "research development chemist", null)]
    [InlineData("Children's Librarian", "childrens librarian", null)]
    [InlineData("SDE 2 - AWS Fulfillment", "software development engineer aws fulfillment", "level 2")]
    [InlineData("Concrete Finisher - $28/hr", "concrete finisher", null)]
    [InlineData("HR Coordinator", "human resources coordinator", null)]
    [InlineData("Café Manager", "cafe manager", null)]
    [InlineData("3D Artist L4", "3d artist", "level 4")]
    [InlineData("A&P Mechanic", "airframe powerplant mechanic", null)]
    [InlineData("A/R Specialist", "accounts receivable specialist", null)]
    [InlineData("AP Clerk", "accounts payable clerk", null)]
    [InlineData("R&D Chemist", "research development chemist", null)]
    [InlineData("R and D Chemist", "research development chemist", null)]
    [InlineData("R & D Chemist", "research development chemist", null)]
    [InlineData("F and B Manager", "fb manager", null)]
    [InlineData("Sales & Marketing Manager", "sales marketing manager", null)]
    [InlineData("Web3 Developer", "web3 developer", null)]
    [InlineData("Q&A Lead", "quality assurance", "lead")]
    [InlineData("Distribution Ctr Associate", "distribution center associate", null)]
    [InlineData("Heavy Equip Operator", "heavy equipment operator", null)]
    [InlineData("Infosec Analyst", "information security analyst", null)]
    [InlineData("Tax Senior (CPA)", "tax accountant cpa", "senior")]
    [InlineData("Senior Tax Accountant", "tax accountant", "senior")]
    public void Titles_become_words_and_seniority(string title, string words, string? seniority)
    {
        var analysis = TitleAnalyzer.Analyze(title);
        Assert.Equal(words, string.Join(' ', analysis.Words.Select(w => w.Surface)));
        Assert.Equal(seniority, analysis.Seniority.Count == 0 ? null : string.Join(", ", analysis.Seniority));
    }

    [Theory]
    [InlineData("nurses", "nurs")]
    [InlineData("nursing", "nurs")]
    [InlineData("developers", "develop")]
    [InlineData("development", "develop")]
    [InlineData("secretaries", "secretary")]
    [InlineData("engineers", "engineer")]
    [InlineData("engineering", "engineer")]
    [InlineData("officer", "officer")]
    [InlineData("analysis", "analysis")]
    [InlineData("operator", "operat")]
    [InlineData("operations", "operation")]
    [InlineData("programmer", "programmer")]
    [InlineData("programming", "programmer")]
    [InlineData("programs", "program")]
    [InlineData("accountant", "accountant")]
    [InlineData("account", "account")]
    [InlineData("director", "director")]
    [InlineData("direct", "direct")]
    public void Stems_join_plurals_and_agent_nouns(string word, string stem)
    {
        Assert.Equal(stem, TitleStemmer.Stem(word));
    }

    [Theory]
    [InlineData("software", "sofware", true)]
    [InlineData("supervisor", "supervsior", true)]
    [InlineData("registered", "registred", true)]
    [InlineData("teacher", "teachers", true)]
    [InlineData("teacher", "teacher", false)]
    [InlineData("teacher", "preacher", false)]
    public void One_edit_means_one_insert_delete_substitution_or_swap(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypoVocabulary.WithinOneEdit(a, b));
    }

    [Theory]
    [InlineData("Sales Manager", "manager")]
    [InlineData("Director of Nursing", "director")]
    [InlineData("Physician Assistant - Ortho Surgery", "assistant")]
    [InlineData("Manager, Sales", "manager")]
    [InlineData("Sr. Software Engr II", "engineer")]
    [InlineData("Accountant - Remote", "accountant")]
    [InlineData("Cook (Nights)", "cook")]
    public void The_head_noun_is_the_last_word_of_the_first_phrase(string title, string head)
    {
        var analysis = TitleAnalyzer.Analyze(title);
        Assert.Equal([head], analysis.Words.Where(w => w.Head).Select(w => w.Surface));
    }
}
