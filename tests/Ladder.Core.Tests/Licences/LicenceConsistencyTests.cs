using System.Text.RegularExpressions;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Licences;
using Ladder.Matching;
using Ladder.Tests.Core.Matching;

namespace Ladder.Tests.Core.Licences;

/// <summary>
/// Every guide and its transitions read the one licence decision: no section names a licence, exam or residency the
/// decision does not hold, and the credentials, roadmap, cons and barriers never disagree.
/// </summary>
public sealed partial class LicenceConsistencyTests(MatchingCatalogFixture data) : IClassFixture<MatchingCatalogFixture>
{
    // Licence and exam acronyms any decision names (NCLEX-RN, USMLE, PANCE, CDL, FAA...); generic data acronyms are not licences.
    private static readonly HashSet<string> NotLicences = ["BLS", "CIP", "NET", "ONET", "OEWS", "NCES", "SOC", "U.S", "OSHA", "CPR", "EHR", "API", "CMS", "DDS", "DMD", "ADN", "BSN", "MSW", "PPE"];

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]{1,}(?:-[A-Z0-9]+)?\b")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"A programme that leads here: [^\n]*?\(CIP [0-9.]+\)\.")]
    private static partial Regex ProgrammeTitle();

    [GeneratedRegex(@"(?<!state of )\bresidency\b", RegexOptions.IgnoreCase)]
    private static partial Regex Residency();

    private static IEnumerable<string> Acronyms(string? text) => text is null ? [] : Acronym().Matches(text).Select(m => m.Value).Where(a => a.Length >= 3 && !NotLicences.Contains(a));

    private static string Own(LicenceDecision d) =>
        string.Join(" ", d.Credential, d.Issuer, d.Agency, d.Exam, d.Time, d.OnlyFor, d.Instead, d.Note, d.Training?.Detail);

    [Fact]
    public void Every_guide_and_its_transitions_agree_with_the_one_licence_decision()
    {
        var catalog = data.Catalog;
        var book = catalog.Outlook.Licences;
        var vocabulary = book.All.SelectMany(x => Acronyms(Own(x.Decision))).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var roles = catalog.Roles.ToList();
        Assert.Equal(1060, roles.Count);
        foreach (var role in roles)
        {
            var d = book.For(role) ?? throw new InvalidOperationException($"{role.Slug} has no licence decision");
            var g = data.Engine.Guide(role);
            // A curated role's roadmap and cons are written for the role; its credentials section reads its own decision.
            // Entry titles ("Certified First Assistant (CFA)") and programme titles are names, not licence claims.
            var roadmap = role.IsCurated ? "" : ProgrammeTitle().Replace(string.Join("\n", g.Roadmap.Where(s => !s.Title.StartsWith("Apply", StringComparison.Ordinal)).Select(s => $"{s.Title}: {s.Detail}")), "");
            // Equipment the roadmap names is a product name too ("Aircraft Technical Publishers ATP Maintenance Planner").
            roadmap = g.Tools.Aggregate(roadmap, (text, tool) => text.Replace(tool, "", StringComparison.Ordinal));
            var cons = role.IsCurated ? "" : string.Join("\n", g.Cons.Select(c => $"{c.Text}: {c.Reason}"));
            var credentials = g.Credentials.Summary + " " + string.Join(" ", g.Credentials.Items.Select(i => $"{i.Name} {i.Issuer} {i.Time} {i.Note}"));
            var sections = $"{roadmap}\n{cons}\n{credentials}\n{g.Entry.Apprenticeship}";
            void Fail(string what) => problems.Add($"{role.Slug}: {what}");

            var own = Acronyms(Own(d)).ToHashSet(StringComparer.Ordinal);
            foreach (var named in Acronyms(sections).Where(vocabulary.Contains).Distinct())
                if (!own.Contains(named)) Fail($"names {named}, which its decision ({LicenceKinds.Name(d.Kind)}: {d.Credential}) does not hold");
            if (Residency().IsMatch(sections) && d.Training?.Route != TrainingRouteKind.Residency
                && !Own(d).Contains("residency", StringComparison.OrdinalIgnoreCase) && g.Entry.Training?.Contains("residency", StringComparison.OrdinalIgnoreCase) != true)
                Fail("mentions a residency its decision does not hold");
            if (sections.Contains("check your state's licensing board", StringComparison.OrdinalIgnoreCase) != d.VariesByState)
                Fail($"'check your state's licensing board' {(d.VariesByState ? "missing" : "shown")} for a {LicenceKinds.Name(d.Kind)} decision");
            if (!role.IsCurated)
            {
                if (g.Roadmap.Any(s => s.Title == "Get licensed") != d.RequiredToWork) Fail("the roadmap's licence step disagrees with the decision");
                if (g.Cons.Any(c => c.Text.StartsWith("You need a licence", StringComparison.Ordinal)) != d.RequiredToWork) Fail("the licence con disagrees with the decision");
            }
            var summaryRequires = new[] { "Required in every", "Required in most", "Required by federal" }.Any(p => g.Credentials.Summary.StartsWith(p, StringComparison.Ordinal));
            if (d.RequiredToWork != summaryRequires)
                Fail("the credentials summary disagrees with the decision");
            foreach (var link in g.Related.Take(4))
                if (catalog.FindRole(link.Slug) is { } target) CheckTransition(role, target, problems);
        }
        Assert.True(problems.Count == 0, $"{problems.Count} disagreements:\n" + string.Join("\n", problems.Take(40)));
    }

    private void CheckTransition(Role from, Role to, List<string> problems)
    {
        var book = data.Catalog.Outlook.Licences;
        var crossed = LicenceBook.Crossed(book.For(from), book.For(to));
        var t = TransitionAnalyzer.Analyze(data.Space, from, to);
        var barrier = t.Barriers.Any(b => b.StartsWith("needs ", StringComparison.Ordinal) && !b.Contains("job zones", StringComparison.Ordinal) && !b.Contains("residency", StringComparison.Ordinal) && !TransitionBarrier.IsSchooling(b));
        if (barrier != crossed is not null) problems.Add($"{from.Slug} → {to.Slug}: the barrier disagrees with the target's decision");
        var target = book.For(to);
        var school = target is { Kind: not (LicenceKind.None or LicenceKind.SomeWork), Training: { Route: TrainingRouteKind.Programme, MinYears: >= TransitionBarrier.DegreeProgrammeYears } }
            && book.For(from)?.Covers(target) != true
            && (target.Training.MinYears >= TransitionBarrier.GraduateProgrammeYears || book.For(from)?.Key is not { } key || !target.Includes.Contains(key));
        if (t.Barriers.Contains(TransitionBarrier.LicenceDegree) != school) problems.Add($"{from.Slug} → {to.Slug}: the graduate-school barrier disagrees with the target's decision");
        if (school && !MoveVerdicts.NeedsSchooling(t.JobZoneChange, t.Barriers)) problems.Add($"{from.Slug} → {to.Slug}: a licence earned through graduate school, but no new schooling");
        if (t.CredentialsNeeded.Select(c => c.Name).SingleOrDefault() != crossed?.Credential) problems.Add($"{from.Slug} → {to.Slug}: the gap's credentials disagree with the target's decision");
        if (crossed is not null && t.Verdict == "close move") problems.Add($"{from.Slug} → {to.Slug}: a close move across {crossed.Credential}");
    }

    [Theory]
    [InlineData("29-1292.00", "every-state", "Dental hygienist licence")]
    [InlineData("13-1041.08", "federal", "Customs broker licence")]
    [InlineData("53-2012.00", "federal", "FAA commercial pilot certificate")]
    [InlineData("29-1071.01", "some-states", "Anesthesiologist assistant licence (in the states that allow AAs to practise)")]
    [InlineData("29-1141.02", "every-state", null)]
    [InlineData("47-2131.00", "some-work", "Asbestos abatement worker licence")]
    [InlineData("47-2073.00", "some-work", "Crane operator certification or licence")]
    [InlineData("39-6012.00", "none", null)]
    [InlineData("19-3032.00", "none", null)]
    [InlineData("25-2011.00", "some-work", "Early childhood teaching licence")]
    public void The_defects_the_issue_named_are_decided_as_the_sources_say(string code, string kind, string? credential)
    {
        var d = data.Catalog.Outlook.Licences.For(Ladder.Occupations.OccupationCode.Parse(code))!;

        Assert.Equal(kind, LicenceKinds.Name(d.Kind));
        if (credential is not null) Assert.Equal(credential, d.Credential);
        var text = data.Engine.Guide(data.Role(code)).Credentials.Summary;
        Assert.DoesNotContain("USMLE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not enough data", text, StringComparison.Ordinal);
    }
}
