using System.CommandLine;
using System.Globalization;
using Ladder.Web.Site;
using Ladder.Cli;
using Spectre.Console;

namespace Ladder.Web.Export;

/// <summary><c>ladder build &lt;outdir&gt; [--base-path /sub/] [--site-url URL]</c>: the static site, then a link check.</summary>
internal static class BuildCommand
{
    public const string Name = "build";

    public static Command Create()
    {
        var output = new Argument<string>("outdir") { Description = "Folder to write the site to (created; a previous export there is replaced)." };
        var basePath = new Option<string?>("--base-path") { Description = "Serve from this sub-path, e.g. /careers/. Default: relative links that work from any path." };
        var siteUrl = new Option<string?>("--site-url") { Description = "Public URL of the site root, for canonical links and the sitemap, e.g. https://example.org." };
        var command = new Command(Name, "Render every page to static files, checking every internal link as it is written.") { output, basePath, siteUrl };
        command.SetAction(parse => CatalogSession.Run(parse, engine =>
        {
            var console = CatalogSession.Console(parse.InvocationConfiguration.Output);
            var error = CatalogSession.Console(parse.InvocationConfiguration.Error);
            var url = parse.GetValue(siteUrl);
            if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https")))
            {
                error.MarkupLine($"[red]error:[/] --site-url must be an http:// or https:// address, got '{Markup.Escape(url)}'.");
                return ExitCodes.Failed;
            }
            var options = new StaticSiteOptions(parse.GetValue(output)!, parse.GetValue(basePath), url);
            var site = new StaticSite(new SiteData(engine));
            StaticSiteResult? result = null;
            try
            {
                console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(p =>
                    {
                        var plan = site.Plan();
                        var render = p.AddTask("Rendering pages", maxValue: plan.Count);
                        result = site.Build(options, plan, new Progress(render));
                        render.Value = render.MaxValue;
                    });
            }
            catch (IOException ex)
            {
                error.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
                return ExitCodes.Failed;
            }
            var seconds = result!.Elapsed.TotalSeconds;
            var links = result.Links;
            console.MarkupLine($"Wrote {N(result.Pages)} pages ({N(result.Files)} files, {result.Bytes / 1_048_576.0:0.0} MB) to {Markup.Escape(Path.GetFullPath(options.OutputDirectory))} in {seconds:0.00} s ({(result.Pages / seconds).ToString("0", CultureInfo.InvariantCulture)} pages/s).");
            if (!links.Ok)
            {
                error.MarkupLine($"[red]Link check failed:[/] {N(links.Broken.Count)} link targets in {N(links.Pages)} pages do not resolve (each shown with the first page that links to it).");
                foreach (var b in links.Broken.Take(20)) error.MarkupLine($"  {Markup.Escape(b.Page)} → {Markup.Escape(b.Link)}");
                return ExitCodes.Failed;
            }
            console.MarkupLine($"[green]Link check passed:[/] {N(links.Links)} links in {N(links.Pages)} pages all resolve.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Reports straight to the Spectre task (System.Progress would post to a thread pool and lag behind).</summary>
    private sealed class Progress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
