using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ladder.ContentAudit;

/// <summary>Ranked lists that open with what is not this occupation's: software every employer runs, unneeded skills.</summary>
public sealed partial class Audit
{
    // Written here independently of Ladder.Core's OfficeWork list, so the audit checks the engine rather than repeats it.
    [GeneratedRegex(@"^(Microsoft (Office|Word|Excel|Outlook|PowerPoint|Access|Windows|Project|SharePoint|Teams|Edge|Internet Explorer|Dynamics)|Google (Docs|Sheets|Drive|Chrome)|SAP\b|Oracle (JD Edwards|PeopleSoft)|NetSuite|Enterprise resource planning|Corel WordPerfect|Adobe Acrobat|Facebook|LinkedIn|Instagram|YouTube|Twitter|Apple Safari|Mozilla Firefox|Web browser|Email software|Spreadsheet software|Word processing software)")]
    private static partial Regex GenericSoftware();

    private void CheckLists(string slug, string? code, JsonObject g)
    {
        var office = code is not null && (code.StartsWith("11-", StringComparison.Ordinal) || code.StartsWith("13-", StringComparison.Ordinal)
            || code.StartsWith("43-", StringComparison.Ordinal) || code.StartsWith("27-", StringComparison.Ordinal) || code.StartsWith("41-", StringComparison.Ordinal)
            || code.StartsWith("15-", StringComparison.Ordinal));
        var names = g["technologies"]?.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList() ?? [];
        // A finding only when generic software in the top three outranks something of the occupation's own below it.
        var first = names.Take(3).ToList().FindIndex(t => GenericSoftware().IsMatch(t));
        if (!office && first >= 0 && names.Skip(first + 1).Any(t => !GenericSoftware().IsMatch(t)))
            Add(DefectClass.GenericSoftwareLeads, slug, $"{names[first]} ranks above {names.Skip(first + 1).First(t => !GenericSoftware().IsMatch(t))}", 1);
        foreach (var s in g["skills"]?.AsArray() ?? [])
            if (s!["importance"] is JsonValue v && v.GetValue<double>() < 2.0)
                Add(DefectClass.UnneededSkill, slug, $"Required skill {s["name"]} rated {v.GetValue<double>().ToString("0.00", CultureInfo.InvariantCulture)} of 5", 2);
    }
}
