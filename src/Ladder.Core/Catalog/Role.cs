using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Catalog;

/// <summary>What a guide is about: an O*NET occupation, or a curated market role linked to occupations.</summary>
public sealed record Role
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Domain { get; init; }
    /// <summary>The linked occupations; the first is primary (wages, tasks, education).</summary>
    public required IReadOnlyList<Occupation> Occupations { get; init; }
    /// <summary>The curated content, or null for a plain O*NET occupation.</summary>
    public CuratedRole? Curated { get; init; }

    public bool IsCurated => Curated is not null;
    public RoleKind Kind => IsCurated ? RoleKind.Curated : RoleKind.Occupation;
    public Occupation Primary => Occupations[0];

    /// <summary>The primary O*NET-SOC code.</summary>
    public string Code => Primary.Code.Value;

    public IReadOnlyList<string> AlternateTitles =>
        Curated is { } c ? c.AlternateTitles : Primary.AlternateTitles.Select(a => a.Title).ToList();

    /// <summary>The median annual pay a listing shows: curated when given, else BLS for the primary code.</summary>
    public decimal? MedianPay => (Curated?.MedianPay is { IsCited: true } pay ? pay.Amount : (decimal?)null) ?? Primary.Wages.Current?.Median.LowerBound;

    /// <summary>
    /// The median a listing prints: "$97,550", or "$29.05 an hour" where BLS publishes only hourly wages, else "not available".
    /// </summary>
    public string MedianPayText => MedianPay is { } m ? WageValue.FormatMoney(m)
        : Curated is null && Primary.Wages.Current is { } w && HourlyPay.IsHourlyOnly(w) ? HourlyPay.PerHour(w.HourlyMedian)
        : "not available";

    /// <summary>An O*NET occupation as a role, in the domain content/occupations gives it.</summary>
    public static Role ForOccupation(Occupation occupation, string domain) => new()
    {
        Slug = occupation.Slug,
        Title = occupation.Title,
        Domain = domain,
        Occupations = [occupation],
    };
}
