using Ladder.Occupations;

namespace Ladder.Guides;

/// <summary>What counts as office work (where an office suite is a real qualification) and as office software.</summary>
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
    ];

    public static bool IsOfficeSoftware(string name) => OfficePrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
