using Ladder.Occupations;

namespace Ladder.Guides;

/// <summary>
/// Software that nearly every employer runs (office suites, email, ERP systems, social networks). O*NET lists it for
/// hundreds of occupations and flags much of it "hot", a flag about postings across all jobs rather than this one, so
/// outside the work where it is the job it must not lead a guide's technologies or roadmap (a cook's first software
/// is not Facebook, nor a truck driver's SAP).
/// </summary>
public static class OfficeWork
{
    /// <summary>Office and administrative support (43), business and financial operations (13) and management (11).</summary>
    public static bool Is(OccupationCode code) => code.MajorGroup is "43" or "13" or "11";

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
    /// True when <paramref name="name"/> is general-purpose business software that is not what this occupation's work
    /// runs on: office suites and ERP outside office, business, management and computer work; social networks outside
    /// those and the media and sales groups (27, 41), where posting is part of the job.
    /// </summary>
    public static bool IsGenericFor(OccupationCode code, string name)
    {
        if (Is(code)) return false;
        // Computer occupations administer and build on these systems (Windows Server, SharePoint, SAP modules).
        if (code.MajorGroup == "15") return StartsWithAny(SocialPrefixes, name);
        if (IsOfficeSoftware(name) || StartsWithAny(ErpPrefixes, name)) return true;
        return code.MajorGroup is not ("27" or "41") && StartsWithAny(SocialPrefixes, name);
    }

    private static bool StartsWithAny(string[] prefixes, string name) => prefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
