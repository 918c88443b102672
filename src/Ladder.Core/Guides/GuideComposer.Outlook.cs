using Ladder.Catalog;
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
        var band = OutlookVerdict.For(change);
        var openings = p.OpeningsThousands * 1000;
        var summary = $"BLS projects employment to {(change >= 0 ? "grow" : "fall")} {Percent(Math.Abs(change))} from {BaseYear} to {EndYear}" +
                      (all is { } a ? $", against {Signed(a)} for all occupations" : "") +
                      (openings is { } o ? $", with about {People(o)} openings a year." : ".");
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
            OpeningsDisplay = openings is { } n ? People(n) : "not available",
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

    /// <summary>The sources line for credentials: as of the latest review among the occupation's entries.</summary>
    private SourceNote CredentialsSource(Occupation occupation)
    {
        var reviewed = catalog.Outlook.CredentialsFor(occupation.Code).Select(c => c.Reviewed).DefaultIfEmpty().Max(StringComparer.Ordinal);
        return reviewed is null
            ? new("Licences and certifications", "not curated yet for this occupation", "not available")
            : new("Licences and certifications", OutlookSources.CredentialsCitation, $"reviewed {AsOfDate.Normalize(reviewed)}");
    }

    /// <summary>Curated credentials: a role's own entry, else those of its primary occupation.</summary>
    internal GuideCredentials ComposeCredentials(Role role) =>
        catalog.Outlook.CredentialsForRole(role.Slug) is { } own ? Credentials(own, role.Title) : ComposeCredentials(role.Primary);

    internal GuideCredentials ComposeCredentials(Occupation occupation) =>
        Credentials(catalog.Outlook.CredentialsFor(occupation.Code), occupation.Title, military: occupation.Code.MajorGroup == "55");

    private static GuideCredentials Credentials(IReadOnlyList<Credential> found, string title, bool military = false)
    {
        var items = found.Select(c => new GuideCredential(c.Name, c.Kind, c.Issuer, c.Status, c.Time, c.Source, AsOfDate.Normalize(c.Reviewed), c.Note)).ToList();
        var required = items.Where(c => c.Status == "required").Select(c => c.Name).ToList();
        var summary = items.Count == 0 && military
            ? "not enough data: the armed service trains and qualifies its members for this specialty; Ladder has no data on civilian credentials that match it."
            : items.Count == 0
            ? "not enough data: Ladder has not yet curated the licences and certifications for this occupation; check your state's licensing board."
            : items.All(c => c.Kind == "none")
            ? items[0].Note ?? "No licence is required."
            : required.Count > 0
            ? $"Required: {Join(required)}."
            : "No licence is legally required; the credentials below are common or optional.";
        return new GuideCredentials
        {
            Available = items.Count > 0,
            Summary = summary,
            Items = items,
            Source = OutlookSources.CredentialsCitation,
        };
    }
}
