using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

internal sealed partial class RoleFileReader
{
    /// <summary>
    /// The family whose stage labels the role's levels carry, checked against the imported families so a typo cannot
    /// leave a curated role without a ladder. Null when the file names none (the default family applies).
    /// </summary>
    private string? ReadFamily(YamlMappingNode root, ContentContext context)
    {
        var node = RoleContentLoader.Find(root, "family");
        var known = context.Families is { All.Count: > 0 } f ? f : null;
        if (node is null)
        {
            if (known is not null && known.Find(CuratedRole.DefaultFamily) is null)
                Error(root, $"no 'family' given, and the default family '{CuratedRole.DefaultFamily}' is not in content/families: name the role's family.");
            return null;
        }
        var key = Optional(root, "family");
        if (key is null || known is null) return key;
        if (known.Find(key) is not { } family)
            Error(node, $"unknown family '{key}': expected the name of a content/families file, one of {string.Join(", ", known.All.Select(x => x.Key))}.");
        else if (family.Stages.Any(s => s.IsTraining))
            Error(node, $"family '{key}' starts with a stage that has no pay band ({family.Stages[0].Label}); a curated role's levels are paid stages.");
        return key;
    }
}
