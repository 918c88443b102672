namespace Ladder.Content;

/// <summary>
/// The kind of work an occupation is, where that changes what a guide says (content/occupations/work-kinds.yaml):
/// which general business software is the work's own, and whether it is a military occupation.
/// </summary>
public enum WorkKind
{
    /// <summary>None of the kinds below: office suites, ERP systems and social networks are not what the work runs on.</summary>
    Other,
    /// <summary>Office, business and management work: office suites, ERP systems and social networks are its own tools.</summary>
    Office,
    /// <summary>Computer work: it administers and builds on office and ERP systems; social networks are not its work.</summary>
    Computer,
    /// <summary>Media and sales work: posting on social networks is part of the job; office suites and ERP are not.</summary>
    MediaAndSales,
    /// <summary>Military occupations: each service's recruiters state the entry requirements and give the training.</summary>
    Military,
}

/// <summary>The names of <see cref="WorkKind"/> as content/occupations/work-kinds.yaml writes them.</summary>
public static class WorkKinds
{
    public static readonly IReadOnlyList<(string Name, WorkKind Kind)> All =
        [("office", WorkKind.Office), ("computer", WorkKind.Computer), ("media-and-sales", WorkKind.MediaAndSales), ("military", WorkKind.Military), ("other", WorkKind.Other)];

    public static string Name(WorkKind kind) => All.First(k => k.Kind == kind).Name;

    public static WorkKind Parse(string name) => All.First(k => k.Name == name).Kind;
}
