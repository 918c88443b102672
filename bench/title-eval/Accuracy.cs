namespace Ladder.TitleEval;

/// <summary>Top-1 and top-5 hits at the 6-digit SOC code and at the 2-digit major group.</summary>
internal sealed class Accuracy
{
    public int Total { get; private set; }
    public int Top1 { get; private set; }
    public int Top5 { get; private set; }
    public int Top1Major { get; private set; }
    public int Top5Major { get; private set; }

    /// <summary>Counts one answer; returns whether its first prediction is a hit.</summary>
    public bool Add(LabelledTitle item, IReadOnlyList<string> predicted)
    {
        Total++;
        var socs = predicted.Take(5).ToList();
        var majors = item.Soc.Select(g => g[..2]).ToHashSet(StringComparer.Ordinal);
        bool top1 = socs.Count > 0 && item.IsHit(socs[0]);
        if (top1) Top1++;
        if (socs.Exists(item.IsHit)) Top5++;
        if (socs.Count > 0 && majors.Contains(socs[0][..2])) Top1Major++;
        if (socs.Exists(s => majors.Contains(s[..2]))) Top5Major++;
        return top1;
    }

    public double Rate(int hits) => Total == 0 ? 0 : (double)hits / Total;
}
