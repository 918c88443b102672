namespace Ladder.Catalog;

/// <summary>A job title as people wrote it, with the SOC 2018 codes a third party filed it under.</summary>
/// <param name="Text">The title as written.</param>
/// <param name="Socs">6-digit codes; one ending in 0 (49-2020) is a broad group and names every detailed code in it.</param>
/// <param name="Source">Who filed it.</param>
public sealed record RealTitle(string Text, IReadOnlyList<string> Socs, RealTitleSource Source);

/// <summary>Where a labelled real title comes from (data/NOTICE, docs/title-search.md).</summary>
public enum RealTitleSource
{
    /// <summary>An employer's title from an H-1B labour condition application, with the SOC code the employer chose.</summary>
    Employer,
    /// <summary>A Census Bureau occupation index title, with its SOC code.</summary>
    Census,
}
