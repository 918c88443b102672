using Ladder.Licences;

namespace Ladder.Catalog;

/// <summary>
/// A role's licence decision. Here rather than on <see cref="LicenceBook"/> because the book is loaded below the
/// catalog (with the outlook) and knows occupation codes and slugs, not roles.
/// </summary>
public static class RoleLicences
{
    /// <summary>A curated role's own decision; an occupation's role reads its occupation's.</summary>
    public static LicenceDecision? For(this LicenceBook book, Role role) => role.IsCurated ? book.ForRole(role.Slug) : book.For(role.Primary.Code);
}
