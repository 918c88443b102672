namespace Ladder.TitleEval;

/// <summary>Top-1 and top-5 hits at the 6-digit SOC code and at the 2-digit major group.</summary>
internal sealed class Accuracy
{
    public int Total { get; private set; }
    public int Top1 { get; private set; }
    public int Top5 { get; private set; }
    public int Top1Major { get; private set; }
    public int Top5Major { get; private set; }

    public void Add(IReadOnlySet<string> gold, IReadOnlyList<string> predicted)
    {
        Total++;
        var socs = predicted.Take(5).Select(p => p[..7]).ToList();
        var majors = gold.Select(g => g[..2]).ToHashSet(StringComparer.Ordinal);
        if (socs.Count > 0 && gold.Contains(socs[0])) Top1++;
        if (socs.Exists(gold.Contains)) Top5++;
        if (socs.Count > 0 && majors.Contains(socs[0][..2])) Top1Major++;
        if (socs.Exists(s => majors.Contains(s[..2]))) Top5Major++;
    }

    public double Rate(int hits) => Total == 0 ? 0 : (double)hits / Total;
}
