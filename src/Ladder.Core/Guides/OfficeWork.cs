using Ladder.Content;

namespace Ladder.Guides;

/// <summary>
/// Software that nearly every employer runs (office suites, email, ERP systems, social networks). O*NET lists it for
/// hundreds of occupations and flags much of it "hot", a flag about postings across all jobs rather than this one, so
/// outside the work where it is the job it must not lead a guide's technologies or roadmap (a cook's first software
/// is not Facebook, nor a truck driver's SAP).
/// </summary>
public static class OfficeWork
{
    private static readonly string[] OfficePrefixes =
    [
        "Microsoft Office", "Microsoft Word", "Microsoft Excel", "Microsoft Outlook", "Microsoft PowerPoint", "Microsoft Access",
        "Microsoft Windows", "Microsoft Project", "Microsoft SharePoint", "Microsoft Teams", "Microsoft OneNote", "Google Docs",
        "Google Sheets", "Google Drive", "Google Slides", "Google Workspace", "Apple iWork", "Corel WordPerfect", "Email software",
        "Word processing software", "Spreadsheet software", "Web browser software", "Internet browser software", "Adobe Acrobat",
        "Microsoft Edge", "Microsoft Internet Explorer", "Apple Safari", "Mozilla Firefox", "Google Chrome",
    ];

    // Enterprise resource planning suites: SAP alone is listed for 283 occupations, from truck drivers to electricians.
    private static readonly string[] ErpPrefixes =
    [
        "SAP software", "SAP ERP", "Oracle JD Edwards", "Oracle PeopleSoft", "Microsoft Dynamics", "NetSuite", "Enterprise resource planning",
    ];

    private static readonly string[] SocialPrefixes = ["Facebook", "Instagram", "LinkedIn", "Twitter", "X (formerly Twitter)", "TikTok", "Pinterest", "Snapchat", "YouTube"];

    public static bool IsOfficeSoftware(string name) => StartsWithAny(OfficePrefixes, name);

    /// <summary>Office, ERP or social-media software: what most employers run, whatever the occupation.</summary>
    public static bool IsEverywhere(string name) => IsOfficeSoftware(name) || StartsWithAny(ErpPrefixes, name) || StartsWithAny(SocialPrefixes, name);

    /// <summary>
    /// True when <paramref name="name"/> is general-purpose business software that is not what work of this kind runs on
    /// (content/occupations/work-kinds.yaml): office suites and ERP outside office and computer work; social networks
    /// outside office, media and sales work, where posting is part of the job.
    /// </summary>
    public static bool IsGenericFor(WorkKind kind, string name) => kind switch
    {
        WorkKind.Office => false,
        // Computer occupations administer and build on these systems (Windows Server, SharePoint, SAP modules).
        WorkKind.Computer => StartsWithAny(SocialPrefixes, name),
        WorkKind.MediaAndSales => IsOfficeSoftware(name) || StartsWithAny(ErpPrefixes, name),
        _ => IsEverywhere(name),
    };

    private static bool StartsWithAny(string[] prefixes, string name) => prefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
