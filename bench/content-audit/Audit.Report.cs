namespace Ladder.ContentAudit;

public sealed partial class Audit
{
    public void Print(TextWriter o, int sample)
    {
        o.WriteLine($"Content audit of {guides.Count} guides (read through the JSON API)");
        o.WriteLine();
        o.WriteLine($"{"defect class",-34} {"guides",7} {"findings",9}");
        foreach (var c in Enum.GetValues<DefectClass>())
        {
            var found = _findings.Where(f => f.Class == c).ToList();
            o.WriteLine($"{Name(c),-34} {found.Select(f => f.Slug).Distinct().Count(),7} {found.Count,9}");
        }
        var share = _roadmaps == 0 ? 0 : 100.0 * _officeRoadmaps / _roadmaps;
        o.WriteLine();
        o.WriteLine($"Ladders checked against a timed training route: {_routesChecked}");
        o.WriteLine($"Growth verdicts checked against the Handbook's phrase: {_verdictsChecked}");
        o.WriteLine($"Roadmaps naming office software: {_officeRoadmaps} of {_roadmaps} ({share:0.0}%; target under 15%)");
        o.WriteLine();
        o.WriteLine($"Worst sentences (at most one per guide, worst class first, {sample} shown):");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in _findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Slug, StringComparer.Ordinal))
        {
            if (!seen.Add(f.Slug)) continue;
            o.WriteLine($"- [{Name(f.Class)}] {f.Slug}: {Clip(f.Sentence)}");
            if (seen.Count == sample) break;
        }
        PrintLicenceEvidence(o);
    }

    private static string Name(DefectClass c) => c switch
    {
        DefectClass.UnsafeAdvice => "licensed work before the licence",
        DefectClass.SeniorEntryTitle => "senior titles as entry titles",
        DefectClass.CloseMoveAcrossLicence => "close moves crossing a licence",
        DefectClass.FeederPaysMore => "feeders paying >30% more",
        DefectClass.OneYearTrend => "one-year trend claims",
        DefectClass.TemplatePhrase => "template phrases",
        DefectClass.UnsupportedCon => "cons the rating does not support",
        DefectClass.EmptySection => "empty sections",
        DefectClass.OfficeSoftware => "office software, non-office roadmap",
        DefectClass.GenericSoftwareLeads => "generic software in top 3 tech",
        DefectClass.UnneededSkill => "skills rated < 2 of 5 listed",
        DefectClass.HazardPractice => "practice invited in hazardous work",
        DefectClass.MissingHazardCon => "Handbook danger without a cited con",
        DefectClass.Contradiction => "sections that contradict",
        DefectClass.UnshownFigure => "pro/con figures the guide omits",
        DefectClass.StageBeforeRoute => "stage years shorter than the route",
        DefectClass.StageYearsGap => "stage years with a gap or overlap",
        DefectClass.LicenceEvidence => "licence against outside evidence",
        DefectClass.VerdictDiffers => "growth verdict unlike the Handbook's",
        DefectClass.StagePayRow => "stage pay from another's row",
        _ => c.ToString(),
    };

    private static string Clip(string s) => s.Length > 220 ? s[..220] + "…" : s;
}
