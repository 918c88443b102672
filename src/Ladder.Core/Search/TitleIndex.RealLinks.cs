namespace Ladder.Search;

public sealed partial class TitleIndex
{
    /// <summary>
    /// An H-1B title filed under a SOC 2010 code reaches every SOC 2018 code the crosswalk gives (15-1199 → project
    /// management, database architects, testers, designers, "all other"), and a Census broad group every code inside
    /// it. Of those, keep the occupations whose own O*NET titles use the real title's head noun (or, without one, its
    /// words) at least half as often as the candidate that uses it most: "ARCHITECT" filed under 15-1199 stays with
    /// the architects, and "DEVELOPER" filed under 15-1132 with Software Developers, not the testers. When no
    /// candidate's titles use the words, all stay.
    /// </summary>
    private static void KeepPlausibleRealLinks(List<int[]> titleTerms, List<int> titleHeads, List<List<(int Role, IndexedTitle Title)>> links,
        float candidateFloor)
    {
        var uses = new Dictionary<long, int>();
        var titlesOf = new Dictionary<int, int>();
        for (int t = 0; t < links.Count; t++)
        {
            foreach (var (role, title) in links[t])
            {
                if (title.Source.IsReal()) continue;
                titlesOf[role] = titlesOf.GetValueOrDefault(role) + 1;
                foreach (var term in titleTerms[t]) uses[Key(role, term)] = uses.GetValueOrDefault(Key(role, term)) + 1;
            }
        }
        var rates = new List<float>();
        for (int t = 0; t < links.Count; t++)
        {
            var list = links[t];
            if (list.Count(l => l.Title.Source.IsReal()) < 2) continue;
            int[] words = titleHeads[t] >= 0 ? [titleHeads[t]] : titleTerms[t];
            rates.Clear();
            float best = 0;
            foreach (var (role, title) in list)
            {
                float rate = 0;
                foreach (var term in words) rate = Math.Max(rate, (float)uses.GetValueOrDefault(Key(role, term)) / Math.Max(1, titlesOf.GetValueOrDefault(role)));
                rates.Add(rate);
                if (title.Source.IsReal()) best = Math.Max(best, rate);
            }
            if (best == 0) continue;
            float floor = best * candidateFloor;
            for (int i = list.Count - 1; i >= 0; i--)
                if (list[i].Title.Source.IsReal() && rates[i] < floor) list.RemoveAt(i);
        }
    }

    private static long Key(int role, int term) => ((long)role << 32) | (uint)term;
}
