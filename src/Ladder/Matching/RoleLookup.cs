using Ladder.Catalog;
using Spectre.Console;

namespace Ladder.Cli.Matching;

/// <summary>Resolves a role argument, printing candidates or suggestions when it is ambiguous or unknown.</summary>
internal static class RoleLookup
{
    public static Role? Resolve(RoleResolver resolver, string query, IAnsiConsole error)
    {
        switch (resolver.Resolve(query))
        {
            case Resolution.Found found:
                return found.Role;
            case Resolution.Ambiguous a:
                error.MarkupLine($"[yellow]'{Markup.Escape(query)}' matches {a.Candidates.Count} roles.[/] Pick one by code or slug:");
                foreach (var r in a.Candidates) error.MarkupLine($"  {r.Code}  {Markup.Escape(r.Title)}{(r.IsCurated ? $" (curated role: {r.Slug})" : "")}");
                return null;
            case Resolution.NotFound nf:
                error.MarkupLine($"[red]No role or occupation called '{Markup.Escape(query)}'.[/]");
                if (nf.Suggestions.Count > 0)
                {
                    error.MarkupLine("Did you mean:");
                    foreach (var r in nf.Suggestions) error.MarkupLine($"  {(r.IsCurated ? r.Slug : r.Code)}  {Markup.Escape(r.Title)}");
                }
                return null;
            default:
                return null;
        }
    }
}
