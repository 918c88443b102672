using Ladder.Catalog;
using Ladder.Content;
using Ladder.Licences;
using Ladder.Occupations;
using Ladder.Outlook;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    private string ProjectionsRelease => catalog.Outlook.ProjectionsRelease ?? OutlookSources.ProjectionsRelease;
    private string ProjectionsSource => OutlookSources.Projections(ProjectionsRelease);

    /// <summary>The Outlook section: projected change next to the all-occupations average, openings, self-employment.</summary>
    internal GuideOutlook ComposeOutlook(Occupation occupation)
    {
        var all = catalog.Outlook.AllOccupations?.ChangePercent;
        var match = catalog.Outlook.ProjectionFor(occupation.Code);
        var p = match?.Projection;
        if (p?.ChangePercent is not { } change)
            return new GuideOutlook
            {
                Available = false, Verdict = "not available", VerdictKey = "unknown", AllOccupationsChangePercent = all, OpeningsDisplay = "not available",
                Summary = $"not available: BLS publishes no {ProjectionsRelease} projection for SOC {occupation.Code.Soc}.",
                Method = OutlookVerdict.Method, Period = ProjectionsRelease, Source = ProjectionsSource, AsOf = OutlookSources.ProjectionsPublished, Url = OutlookSources.ProjectionsUrl,
            };
        var band = OutlookVerdict.For(p)!;
        var openings = p.OpeningsThousands * 1000;
        var whose = match!.Group(occupation.Code) is { } g ? $" in {g}" : "";
        var summary = $"BLS projects employment{whose} to {(change >= 0 ? "grow" : "fall")} {Percent(Math.Abs(change))} from {BaseYear} to {EndYear}" +
                      (all is { } a ? $", against {Signed(a)} for all occupations" : "") +
                      (openings is { } o ? $", with {OutlookFormat.AboutOpenings(o)} openings a year." : ".");
        return new GuideOutlook
        {
            Available = true,
            Verdict = band.Phrase,
            VerdictKey = band.Key,
            Summary = summary,
            ChangePercent = change,
            ChangeJobs = p.ChangeThousands * 1000,
            Employment2024 = p.Employment2024 * 1000,
            Employment2034 = p.Employment2034 * 1000,
            AllOccupationsChangePercent = all,
            OpeningsPerYear = openings,
            OpeningsDisplay = openings is { } n ? OutlookFormat.Openings(n) : "not available",
            SelfEmployedPercent = p.SelfEmployedPercent,
            ExitRatePercent = p.ExitRate,
            TransferRatePercent = p.TransferRate,
            ProjectionCode = p.Code,
            ProjectionTitle = p.Title,
            Note = match!.Note(occupation.Code),
            Method = OutlookVerdict.Method,
            Period = ProjectionsRelease,
            Source = ProjectionsSource + (p.Code == occupation.Code.Soc ? "" : $" (matrix code {p.Code})"),
            AsOf = OutlookSources.ProjectionsPublished,
            Url = p.HandbookUrl ?? OutlookSources.ProjectionsUrl,
        };
    }

    private string BaseYear => ProjectionsRelease[..4];
    private string EndYear => "20" + ProjectionsRelease[^2..];

    private static string Percent(double value) => OutlookFormat.Percent(value);
    private static string Signed(double value) => OutlookFormat.Signed(value);
    private static string People(double value) => OutlookFormat.People(value);

    /// <summary>The sources line for licences: the decision's own source and the month it was checked there.</summary>
    private SourceNote CredentialsSource(Occupation occupation) => catalog.Outlook.Licences.For(occupation.Code) is { } d
        ? new("Licences and certifications", OutlookSources.LicencesCitation, d.Reviewed is { } r ? AsOfDate.Normalize(r) : GuideCredential.UncheckedText, d.Source)
        : new("Licences and certifications", "no licence decision imported", "not available");

    /// <summary>The licence decision of a role: a curated role's own, an occupation's role its occupation's.</summary>
    internal GuideCredentials ComposeCredentials(Role role) => Credentials(catalog.Outlook.Licences.For(role));

    internal GuideCredentials ComposeCredentials(Occupation occupation) => Credentials(catalog.Outlook.Licences.For(occupation.Code));

    // Internal so a test can show the unchecked notice on a real decision whatever the shipped data holds.
    internal static GuideCredentials Credentials(LicenceDecision? d)
    {
        if (d is null)
            return new GuideCredentials
            {
                Available = false, Items = [], Source = OutlookSources.LicencesCitation,
                Summary = "not enough data: no licence decision was imported for this occupation.",
            };
        var reviewed = d.Reviewed is { } r ? AsOfDate.Normalize(r) : GuideCredential.Unchecked;
        var items = d.Kind == LicenceKind.None
            ? new List<GuideCredential> { new("No licence required", "none", "", "none", "", d.Source, reviewed, d.Instead) }
            : [new(d.Credential!, d.Agency is null ? "licence" : "federal credential", d.Issuer!, GuideLicence.RequirementOf(d),
                string.Join("; ", new[] { d.Exam is { } e ? $"exam: {e}" : null, d.Time }.OfType<string>()), d.Source, reviewed, d.Note)];
        return new GuideCredentials
        {
            Available = true,
            Summary = Summary(d) + (d.IsChecked ? "" : " (Not yet checked against its source.)"),
            Items = items,
            Source = OutlookSources.LicencesCitation,
            Licence = GuideLicence.From(d),
        };
    }

    /// <summary>One sentence per kind; only a state licence whose rules vary sends the reader to the state's board.</summary>
    private static string Summary(LicenceDecision d)
    {
        var board = d.VariesByState ? " Requirements vary, so check your state's licensing board." : "";
        var what = $"{d.Credential}, from {d.Issuer}";
        return d.Kind switch
        {
            LicenceKind.EveryState => $"Required in every state: {what}.{board}",
            LicenceKind.MostStates => $"Required in most states: {what}.{board}",
            LicenceKind.SomeStates => $"Required in some states only: {what}.{board}",
            LicenceKind.Federal => $"Required by federal rules ({d.Agency}): {what}.",
            // "occupational": a taxi driver's CDL is for large vehicles only, but every driver still holds an ordinary licence.
            LicenceKind.SomeWork => $"{what}, is needed only {d.OnlyFor}. The rest of the work needs no occupational licence.",
            _ => d.Instead!,
        };
    }
}
