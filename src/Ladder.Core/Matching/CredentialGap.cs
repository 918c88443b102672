using Ladder.Catalog;
using Ladder.Content;
using Ladder.Guides;
using Ladder.Licences;

namespace Ladder.Matching;

/// <summary>A licence the target role needs and the starting point does not hold.</summary>
public sealed record CredentialNeed(string Name, string Kind, string Issuer, string Time, string Source, string Reviewed);

/// <summary>
/// What stands in the way besides skills: the target's licence decision, when the whole work needs it and the
/// starting role's decision does not cover it (an RN may fill an LPN post). From a list of skills, nothing is held.
/// </summary>
public static class CredentialGap
{
    public static IReadOnlyList<CredentialNeed> Between(LadderCatalog catalog, Role? from, Role to)
    {
        var licences = catalog.Outlook.Licences;
        if (LicenceBook.Crossed(from is null ? null : licences.For(from), licences.For(to)) is not { } need) return [];
        var time = string.Join("; ", new[] { need.Exam is { } e ? $"exam: {e}" : null, need.Time }.OfType<string>());
        return [new CredentialNeed(need.Credential!, need.Agency is null ? "licence" : "federal credential", need.Issuer!, time, need.Source,
            need.Reviewed is { } r ? AsOfDate.Normalize(r) : GuideCredential.Unchecked)];
    }
}
