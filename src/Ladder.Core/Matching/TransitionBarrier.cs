using Ladder.Catalog;
using Ladder.Licences;
using Ladder.Outlook;

namespace Ladder.Matching;

/// <summary>
/// What stands in the way of a move regardless of skill overlap: a licence the target's decision requires that the
/// starting role's does not cover, a residency, or at least <see cref="ZoneGap"/> more O*NET job zones of preparation.
/// Any barrier rules out "close move" (docs/matching.md).
/// </summary>
public static class TransitionBarrier
{
    /// <summary>Two more job zones is, in O*NET's scale, a different level of education (e.g. high school to a degree).</summary>
    public const int ZoneGap = 2;

    /// <summary>
    /// A licence whose route is a programme of at least this many years from high school (a master's, doctoral or
    /// professional degree) cannot be earned from another job's experience: a veterinarian or a nurse practitioner does
    /// not become a dentist or an anesthesiologist assistant without that school.
    /// </summary>
    public const double GraduateProgrammeYears = 5;

    /// <summary>
    /// A licence earned through a degree programme of at least this many years is school too, unless the mover already
    /// holds a licence the target's includes: a licensed practical nurse's bridge to RN is a step on one ladder, while a
    /// counsellor or a speech-language pathologist needs the whole nursing programme.
    /// </summary>
    public const double DegreeProgrammeYears = 2;

    /// <summary>The barrier naming that school; <see cref="MoveVerdicts.NeedsSchooling"/> reads it.</summary>
    public const string LicenceDegree = "needs the degree programme the licence is earned through";

    /// <summary>
    /// True when the target's licence (required everywhere or in some states) is earned through a degree programme the
    /// mover's licence does not stand in for: any graduate one, or a shorter one outside the mover's own licence ladder.
    /// Where only some states license the work (anesthesiologist assistants) the school is needed everywhere all the same.
    /// </summary>
    public static bool NeedsLicenceSchool(LicenceDecision? from, LicenceDecision? to)
    {
        if (to is not { Kind: not (LicenceKind.None or LicenceKind.SomeWork), Training: { Route: TrainingRouteKind.Programme, MinYears: { } years } }
            || years < DegreeProgrammeYears || from?.Covers(to) == true) return false;
        return years >= GraduateProgrammeYears || from?.Key is not { } key || !to.Includes.Contains(key, StringComparer.Ordinal);
    }

    /// <summary>The barrier between two specialties of one licence that is earned through a residency in the specialty.</summary>
    public const string SpecialtyResidencyBarrier = "needs a residency in this specialty (the licence is the same; the training is not)";

    /// <summary>
    /// True when the mover holds the licence of a specialty reached through a residency (physicians, dental specialists)
    /// but not a residency that trains for it (content/licences, <see cref="LicenceDecision.Residencies"/>): a family
    /// physician holds the licence an anesthesiologist needs, but not the anesthesiology residency, while an internist
    /// already has a hospitalist's training. A general dentist, with no residency, needs the orthodontics one.
    /// </summary>
    private static bool SpecialtyResidency(LicenceDecision? from, LicenceDecision? to, Role a, Role b) =>
        to is { Training.Route: TrainingRouteKind.Residency } && from is not null && from.Covers(to) && a.Primary.Code != b.Primary.Code
        && !from.Residencies.Intersect(to.Residencies, StringComparer.Ordinal).Any();

    /// <summary>True when B needs a licence A does not hold (the one place the move model reads the licence record).</summary>
    public static bool NeedsLicence(LicenceBook licences, Role from, Role to) => NeedsLicence(licences.For(from), licences.For(to));

    internal static bool NeedsLicence(LicenceDecision? from, LicenceDecision? to) => LicenceBook.Crossed(from, to) is not null;

    /// <summary>
    /// The barriers of a move, in words, most serious first; empty when there are none. Besides the licence, a target
    /// whose BLS typical entry education is a master's or doctoral degree is a barrier for a mover from work that
    /// typically asks for less (an elementary teacher does not become a psychology professor without the doctorate),
    /// and so is any degree for a mover from work that asks for a high school diploma at most.
    /// </summary>
    public static IReadOnlyList<string> For(LadderCatalog catalog, Role from, Role to, int? zoneChange)
    {
        var result = For(catalog.Outlook.Licences, from, to, zoneChange);
        if (result.Contains(LicenceDegree)) return result;
        var entryFrom = EntryVocabulary.EducationRank(catalog.Outlook.ProjectionFor(from.Primary.Code)?.Projection.EntryEducation);
        var entryTo = EntryVocabulary.EducationRank(catalog.Outlook.ProjectionFor(to.Primary.Code)?.Projection.EntryEducation);
        // A graduate degree the origin's work does not ask for; or any degree from work that asks for no more than a
        // high school diploma (a janitor does not become a histology technician without the lab programme).
        var graduate = entryTo >= MastersRank && entryFrom < entryTo;
        var degree = entryTo >= AssociatesRank && entryFrom <= HighSchoolRank;
        if (entryFrom < 0 || !(graduate || degree)) return result;
        var needs = $"{DegreePrefix}{EntryVocabulary.Education[entryTo].ToLowerInvariant()} ({Marker}; {from.Title}: {EntryVocabulary.Education[entryFrom].ToLowerInvariant()})";
        return [.. result.Where(b => !b.Contains("job zones", StringComparison.Ordinal)), needs, .. result.Where(b => b.Contains("job zones", StringComparison.Ordinal))];
    }

    /// <summary>
    /// True when the school a move needs is the usual route from the origin's work to the target's, so the origin is a
    /// way in though the move needs school: the target's licence builds on the origin's (registered nurses into nurse
    /// practitioner programmes, teachers into school administrators' licences), or BLS asks for a master's degree
    /// together with years of related work, which graduates earn while doing that work (teachers into instructional
    /// coordinators' posts).
    /// </summary>
    public static bool SchoolOnTheWay(LadderCatalog catalog, Role from, Role to)
    {
        var licences = catalog.Outlook.Licences;
        // The first licence a decision includes is the one it builds on directly (content/README.md): an APRN builds on
        // the RN, not on the LPN an RN already holds, so licensed practical nurses are two schools away.
        if (licences.For(from) is { Key: { } key } && licences.For(to) is { Includes: [var basis, ..] } b && b.Key != key && basis == key) return true;
        // A master's (not a doctoral or professional degree, which is full-time school: judges, professors), asked for
        // with related work, and no licence the origin's work lacks (a general manager holds no teaching licence).
        var target = catalog.Outlook.ProjectionFor(to.Primary.Code)?.Projection;
        return EntryVocabulary.NeedsPriorExperience(target?.Experience)
            && EntryVocabulary.EducationRank(target?.EntryEducation) == MastersRank
            && EntryVocabulary.EducationRank(catalog.Outlook.ProjectionFor(from.Primary.Code)?.Projection.EntryEducation) >= BachelorsRank
            && !NeedsLicence(licences, from, to);
    }

    /// <summary>The rank of "Master's degree" in <see cref="EntryVocabulary.Education"/>.</summary>
    private static readonly int MastersRank = EntryVocabulary.EducationRank("Master's degree"),
        AssociatesRank = EntryVocabulary.EducationRank("Associate's degree"),
        BachelorsRank = EntryVocabulary.EducationRank("Bachelor's degree"),
        HighSchoolRank = EntryVocabulary.EducationRank("High school diploma or equivalent");

    /// <summary>The start of the education barrier's words, and what marks it as BLS's.</summary>
    private const string DegreePrefix = "needs a ", Marker = "BLS typical entry education";

    /// <summary>True for a barrier that names a graduate degree, from the licence or from BLS's entry education.</summary>
    public static bool IsSchooling(string barrier) =>
        barrier == LicenceDegree || (barrier.StartsWith(DegreePrefix, StringComparison.Ordinal) && barrier.Contains("(" + Marker + ";", StringComparison.Ordinal));

    /// <summary>The barriers that follow from the licence decisions and job zones alone (no BLS education data).</summary>
    public static IReadOnlyList<string> For(LicenceBook licences, Role from, Role to, int? zoneChange)
    {
        var result = new List<string>(3);
        if (LicenceBook.Crossed(licences.For(from), licences.For(to)) is { } need)
        {
            result.Add($"needs {Lower(need.Credential!)} ({Lower(Guides.GuideLicence.RequirementOf(need))})");
            if (need.Training?.Route == TrainingRouteKind.Residency) result.Add("needs a residency after the degree");
        }
        else if (SpecialtyResidency(licences.For(from), licences.For(to), from, to)) result.Add(SpecialtyResidencyBarrier);
        if (NeedsLicenceSchool(licences.For(from), licences.For(to))) result.Add(LicenceDegree);
        if (zoneChange >= ZoneGap) result.Add($"needs {zoneChange} more O*NET job zones of preparation");
        return result;
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
