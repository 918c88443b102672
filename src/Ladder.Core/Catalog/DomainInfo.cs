namespace Ladder.Catalog;

/// <summary>A domain with how many occupations and curated roles belong to it.</summary>
public sealed record DomainInfo(string Name, int Occupations, int CuratedRoles)
{
    public string Slug => Ladder.Occupations.Slug.From(Name);

    public int Roles => Occupations + CuratedRoles;
}
