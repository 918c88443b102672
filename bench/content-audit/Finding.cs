namespace Ladder.ContentAudit;

/// <summary>One defective sentence in one guide. Higher <see cref="Severity"/> is worse for a reader.</summary>
public sealed record Finding(DefectClass Class, string Slug, string Sentence, int Severity);

/// <summary>The defect classes of issues 12 and 23, in the order the report prints them.</summary>
public enum DefectClass
{
    UnsafeAdvice,
    SeniorEntryTitle,
    CloseMoveAcrossLicence,
    FeederPaysMore,
    OneYearTrend,
    TemplatePhrase,
    UnsupportedCon,
    EmptySection,
    OfficeSoftware,
    GenericSoftwareLeads,
    UnneededSkill,
    HazardPractice,
    MissingHazardCon,
    Contradiction,
    UnshownFigure,
    StageBeforeRoute,
    StageYearsGap,
    LicenceEvidence,
    VerdictDiffers,
    StagePayRow,
}
