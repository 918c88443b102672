using System.CommandLine;
using System.Globalization;
using Ladder.Catalog;
using Ladder.Guides;
using Spectre.Console;

namespace Ladder.Cli.Domains;

/// <summary><c>ladder domains</c> and <c>ladder domain &lt;name&gt;</c>.</summary>
internal static class DomainCommands
{
    public static Command List()
    {
        var json = CommonOptions.Json();
        var command = new Command("domains", "List every domain with its number of roles.") { json };
        command.SetAction(parse => CatalogSession.Run(parse, engine =>
        {
            var catalog = engine.Catalog;
            if (parse.GetValue(json))
            {
                parse.InvocationConfiguration.Output.WriteLine(GuideJson.Serialize(catalog.Domains.Select(d => new { d.Name, d.Slug, d.Roles, d.CuratedRoles, d.Occupations })));
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumn("Domain").AddColumn(new TableColumn("Roles").RightAligned()).AddColumn(new TableColumn("Curated").RightAligned()).AddColumn(new TableColumn("O*NET occupations").RightAligned());
            foreach (var d in catalog.Domains.OrderByDescending(d => d.Roles))
                table.AddRow(Markup.Escape(d.Name), N(d.Roles), N(d.CuratedRoles), N(d.Occupations));
            CatalogSession.Console(parse.InvocationConfiguration.Output).Write(table);
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command Show()
    {
        var name = new Argument<string>("domain") { Description = "A domain name or slug, e.g. \"Data & AI\" or data-ai." };
        var json = CommonOptions.Json();
        var command = new Command("domain", "List the roles of one domain with their median pay.") { name, json };
        command.SetAction(parse => CatalogSession.Run(parse, engine =>
        {
            var catalog = engine.Catalog;
            var query = parse.GetValue(name)!;
            var domain = catalog.Domains.FirstOrDefault(d => string.Equals(d.Name, query, StringComparison.OrdinalIgnoreCase) || d.Slug == Ladder.Occupations.Slug.From(query));
            var error = CatalogSession.ErrorConsole(parse.InvocationConfiguration.Error);
            if (domain is null)
            {
                error.MarkupLine($"[red]No domain called '{Markup.Escape(query)}'.[/] Domains: {Markup.Escape(string.Join(", ", catalog.Domains.Select(d => d.Name)))}");
                return ExitCodes.NotResolved;
            }
            var roles = catalog.Roles.Where(r => r.Domain == domain.Name).OrderByDescending(r => r.IsCurated).ThenByDescending(r => r.MedianPay ?? 0).ToList();
            if (parse.GetValue(json))
            {
                parse.InvocationConfiguration.Output.WriteLine(GuideJson.Serialize(new
                {
                    domain.Name, domain.Slug,
                    Roles = roles.Select(r => new { r.Slug, r.Title, r.Kind, r.Code, MedianPay = r.MedianPay }),
                }));
                return ExitCodes.Ok;
            }
            var table = new Table().Title(Markup.Escape(domain.Name)).AddColumn("Role").AddColumn("Kind").AddColumn("Code").AddColumn(new TableColumn("Median pay").RightAligned());
            foreach (var r in roles)
                table.AddRow(Markup.Escape(r.Title), r.Kind.Name(), r.Code, r.MedianPayText);
            var console = CatalogSession.Console(parse.InvocationConfiguration.Output);
            console.Write(table);
            console.MarkupLine($"[grey]Median pay: the curated figure with its cited source where a curated role gives one, otherwise BLS OEWS {Markup.Escape(catalog.Info.OewsRelease)} for the primary SOC code.[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
