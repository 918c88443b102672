using Ladder.Catalog;
using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>
/// The reading the issue asks for: with a fixed seed, three occupations from each fifth of the pay scale, and each
/// one's best moves, closest roles and moves in as every surface lists them, for a person to judge.
/// </summary>
internal static class SeededReading
{
    public static void Print(SkillSpace space, int seed)
    {
        // Only occupations O*NET has rated have moves to read; an unrated "All Other" code would be an empty list.
        var occupations = space.Profiles.Where(p => !p.Role.IsCurated && p.HasRatings && p.Role.MedianPay is not null)
            .OrderBy(p => p.Role.MedianPay).ThenBy(p => p.Role.Code, StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        Console.WriteLine($"Seeded reading (seed {seed}): three rated occupations from each fifth of the pay scale (System.Random(seed), shuffled within each fifth).");
        for (int fifth = 0; fifth < 5; fifth++)
        {
            var band = occupations.Skip(fifth * occupations.Count / 5).Take(occupations.Count / 5).ToList();
            foreach (var from in band.OrderBy(_ => random.Next()).Take(3))
            {
                Console.WriteLine();
                Console.WriteLine($"{from.Role.Title} ({from.Role.Code}, median {from.Role.MedianPayText})");
                var list = TransitionList.For(space, from.Role, 10);
                int i = 1;
                foreach (var m in list.OutOf)
                    Console.WriteLine($"  {i++,2}. {m.Role.Title} — {m.Headline}; {(m.MedianPayChange is { } d ? (d >= 0 ? "+" : "−") + Ladder.Occupations.WageValue.FormatMoney(Math.Abs(d)) : "pay n/a")}{(m.Barriers.Count > 0 ? "; " + string.Join("; ", m.Barriers) : "")}");
                Console.WriteLine($"  closest in skills: {string.Join("; ", list.Closest.Select(m => m.Role.Title))}");
                Console.WriteLine($"  moves in: {string.Join("; ", list.Into.Select(m => $"{m.Role.Title} ({m.Kind})"))}");
            }
        }
    }
}
