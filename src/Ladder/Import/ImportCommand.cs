using System.CommandLine;
using Ladder.Catalog;
using Ladder.Import;
using Ladder.Storage;
using Spectre.Console;

namespace Ladder.Cli.Import;

/// <summary><c>ladder import</c>: validate the sources and atomically rebuild the catalog database.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var onet = new Option<string?>("--onet") { Description = $"O*NET text release: a db_XX_X_text folder or its .zip (default: the shipped {ShippedManifest.OnetRelease})." };
        var oews = new Option<string?>("--oews") { Description = $"BLS OEWS national table: national_MYYYY_dl.xlsx or oesmYYnat.zip (default: the shipped {ShippedManifest.OewsRelease})." };
        var previous = new Option<string?>("--oews-previous") { Description = $"The previous year's OEWS table, for year-over-year change (default: the shipped {ShippedManifest.PreviousOewsRelease} when --oews is not given)." };
        var states = new Option<string?>("--oews-states") { Description = $"BLS OEWS state estimates: state_MYYYY.csv or .csv.gz, the same release as --oews (default: the shipped {ShippedManifest.StatesRelease} when --oews is not given)." };
        var content = new Option<string?>("--content") { Description = "Folder of curated role files (default: the shipped content/roles)." };
        var projections = new Option<string?>("--projections") { Description = $"BLS Employment Projections occupation.xlsx (default: the shipped {ShippedManifest.ProjectionsRelease} workbook)." };
        var crosswalk = new Option<string?>("--cip") { Description = "NCES CIP 2020 to SOC 2018 crosswalk, .csv or .xlsx (default: the shipped copy)." };
        var licences = new Option<string?>("--licences") { Description = "Folder of licence decisions, one per occupation and curated role (default: the shipped content/licences)." };
        var families = new Option<string?>("--families") { Description = "Folder of career families, every occupation in exactly one (default: the shipped content/families)." };
        var occupationContent = new Option<string?>("--occupations") { Description = "Folder of every occupation's domain and pay basis, domains.yaml and pay-basis.yaml (default: the shipped content/occupations)." };
        var hazards = new Option<string?>("--hazards") { Description = "Folder of hazard records citing the Handbook (default: the shipped content/hazards)." };
        var employerTitles = new Option<string?>("--employer-titles") { Description = "Labelled employer job titles for the title search, title<TAB>soc|soc... per line, .tsv or .tsv.gz (default: the shipped data/titles copy)." };
        var censusTitles = new Option<string?>("--census-titles") { Description = "Labelled Census index titles for the title search, the same format (default: the shipped data/titles copy)." };
        var command = new Command("import", "Validate O*NET, BLS and curated data and rebuild the catalog database atomically.")
        {
            onet, oews, previous, states, content, projections, crosswalk, licences, families, occupationContent, hazards, employerTitles, censusTitles,
        };
        command.SetAction(parse =>
        {
            var db = LadderPaths.CatalogDatabase(parse.GetValue(CommonOptions.Database));
            var defaults = ShippedOptions(db);
            var oewsPath = parse.GetValue(oews);
            var options = defaults with
            {
                OnetPath = parse.GetValue(onet) ?? defaults.OnetPath,
                OewsPath = oewsPath ?? defaults.OewsPath,
                PreviousOewsPath = parse.GetValue(previous) ?? (oewsPath is null ? defaults.PreviousOewsPath : null),
                StatesPath = parse.GetValue(states) ?? (oewsPath is null ? defaults.StatesPath : null),
                ContentPath = parse.GetValue(content) ?? defaults.ContentPath,
                ProjectionsPath = parse.GetValue(projections) ?? defaults.ProjectionsPath,
                CrosswalkPath = parse.GetValue(crosswalk) ?? defaults.CrosswalkPath,
                LicencesPath = parse.GetValue(licences) ?? defaults.LicencesPath,
                FamiliesPath = parse.GetValue(families) ?? defaults.FamiliesPath,
                HazardsPath = parse.GetValue(hazards) ?? defaults.HazardsPath,
                OccupationContentPath = parse.GetValue(occupationContent) ?? defaults.OccupationContentPath,
                EmployerTitlesPath = parse.GetValue(employerTitles) ?? defaults.EmployerTitlesPath,
                CensusTitlesPath = parse.GetValue(censusTitles) ?? defaults.CensusTitlesPath,
            };
            var console = CatalogSession.Console(parse.InvocationConfiguration.Output);
            return RunImport(options, console, quiet: false, CatalogSession.ErrorConsole(parse.InvocationConfiguration.Error));
        });
        return command;
    }

    public static ImportOptions ShippedOptions(string db) => ImportOptions.Shipped(db);

    /// <summary>Runs an import with a progress bar per file; prints a summary unless <paramref name="quiet"/>.</summary>
    public static int RunImport(ImportOptions options, IAnsiConsole console, bool quiet, IAnsiConsole? errors = null)
    {
        errors ??= console;
        ImportSummary summary;
        try
        {
            summary = ImportDisplay.WithProgress(console, progress => CatalogImporter.Import(options, progress));
        }
        catch (Exception ex) when (ImportDisplay.ReportFailure(ex, errors))
        {
            return ExitCodes.Failed;
        }
        if (!quiet) PrintSummary(console, options.DatabasePath, summary);
        return ExitCodes.Ok;
    }

    private static void PrintSummary(IAnsiConsole console, string db, ImportSummary s)
    {
        var table = new Table().Title($"Imported into {Markup.Escape(db)} in {s.Elapsed.TotalSeconds:0.0} s").AddColumn("What").AddColumn(new TableColumn("Count").RightAligned());
        void Row(string name, int count) => table.AddRow(name, count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture));
        Row("Occupations", s.Occupations);
        Row("Occupations with BLS wages", s.OccupationsWithWages);
        Row("Alternate titles", s.AlternateTitles);
        Row("Reported titles", s.ReportedTitles);
        Row("Labelled real titles (title search)", s.RealTitles);
        Row("Technologies", s.Technologies);
        Row("Tools", s.Tools);
        Row("Tasks", s.Tasks);
        Row("Skill and knowledge ratings", s.SkillRatings);
        Row("Wage rows", s.WageRows);
        Row("State wage rows (BLS OEWS state estimates)", s.StateWageRows);
        Row("Occupations with state wages", s.OccupationsWithStateWages);
        Row("Curated roles", s.CuratedRoles);
        console.Write(table);
        ImportCoverage.Print(console, s);
        console.MarkupLine($"Releases: [bold]{Markup.Escape(s.OnetRelease)}[/], BLS OEWS [bold]{Markup.Escape(s.OewsRelease)}[/]{(s.PreviousOewsRelease is null ? "" : $" (and {Markup.Escape(s.PreviousOewsRelease)} for change)")}");
    }
}
