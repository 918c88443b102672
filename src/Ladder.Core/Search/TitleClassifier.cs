namespace Ladder.Search;

/// <summary>
/// A naive Bayes view of the same labelled titles the index holds: how likely a title of a role is to contain each
/// query word. Counts are smoothed from the role to its SOC major group ("15" computing, "17" architecture and
/// engineering) and from the group to all titles, so a domain word the role's own titles lack still votes for roles
/// of its field: "payments architect" leans to the group where such words and "architect" meet. Built with the
/// index from its titles and links, deterministically; nothing is shipped.
/// </summary>
internal sealed class TitleClassifier
{
    private readonly Dictionary<long, float> _roleCount;
    private readonly Dictionary<long, float> _groupCount;
    private readonly float[] _roleTotal;
    private readonly float[] _groupTotal;
    private readonly float[] _background;
    private readonly int[] _roleGroup;
    private readonly float[] _logSize;
    /// <summary>Per term, the best log rate any role reaches: the yardstick that makes a role's share absolute.</summary>
    private readonly float[] _bestLog;
    private readonly float _maxLogSize;
    private readonly float _roleSmoothing;
    private readonly float _groupSmoothing;

    private TitleClassifier(Dictionary<long, float> roleCount, Dictionary<long, float> groupCount, float[] roleTotal,
        float[] groupTotal, float[] background, int[] roleGroup, RankingWeights w)
    {
        (_roleCount, _groupCount, _roleTotal, _groupTotal) = (roleCount, groupCount, roleTotal, groupTotal);
        (_background, _roleGroup, _roleSmoothing, _groupSmoothing) = (background, roleGroup, w.RoleSmoothing, w.GroupSmoothing);
        _logSize = roleTotal.Select(n => MathF.Log(1 + n)).ToArray();
        _maxLogSize = _logSize.Length == 0 ? 0 : _logSize.Max();
        _bestLog = new float[background.Length];
        Array.Fill(_bestLog, float.NegativeInfinity);
        foreach (var key in roleCount.Keys)
        {
            int term = (int)(key >> 20), role = (int)(key & 0xFFFFF);
            _bestLog[term] = Math.Max(_bestLog[term], LogRate(term, role));
        }
    }

    /// <summary>
    /// Counts, per role and per major group (<c>roleGroup</c>: 15 for 15-1252), the weighted titles holding each term,
    /// from the index's flat title and link arrays.
    /// </summary>
    public static TitleClassifier Build(int[] roleGroup, int termCount, int[] titleTermStart, int[] titleTerms,
        int[] linkStart, int[] linkRole, float[] linkWeight, RankingWeights w)
    {
        int roles = roleGroup.Length, titles = titleTermStart.Length - 1;
        var roleCount = new Dictionary<long, float>(titleTerms.Length * 2);
        var groupCount = new Dictionary<long, float>(titleTerms.Length);
        var roleTotal = new float[roles];
        var groupTotal = new float[100];
        var background = new float[termCount];
        float all = 0;
        for (int t = 0; t < titles; t++)
        {
            for (int k = linkStart[t]; k < linkStart[t + 1]; k++)
            {
                int role = linkRole[k], group = roleGroup[role];
                float weight = linkWeight[k];
                roleTotal[role] += weight;
                groupTotal[group] += weight;
                all += weight;
                for (int i = titleTermStart[t]; i < titleTermStart[t + 1]; i++)
                {
                    int term = titleTerms[i];
                    Add(roleCount, RoleKey(term, role), weight);
                    Add(groupCount, GroupKey(term, group), weight);
                    background[term] += weight;
                }
            }
        }
        for (int i = 0; i < termCount; i++) background[i] = (background[i] + 0.5f) / (all + 0.5f * termCount);
        // Sized for the worst case while counting, they hold a quarter of that: 9 MB of the server's idle memory.
        roleCount.TrimExcess();
        groupCount.TrimExcess();
        return new TitleClassifier(roleCount, groupCount, roleTotal, groupTotal, background, roleGroup, w);
    }

    private static void Add(Dictionary<long, float> counts, long key, float w) =>
        counts[key] = counts.GetValueOrDefault(key) + w;

    private static long RoleKey(int term, int role) => ((long)term << 20) | (uint)role;

    private static long GroupKey(int term, int group) => ((long)term << 8) | (uint)group;

    /// <summary>
    /// How well <paramref name="role"/>'s titles fit the query words, in (0, 1]: exp of (the sum over terms of
    /// log P(a title of the role contains the term), plus <paramref name="sizePrior"/> × log(its titles)) less the
    /// best any role reaches per term, over <paramref name="temperature"/>. It does not depend on which other roles a
    /// query reached, so the result limit cannot change it.
    /// </summary>
    public float Share(ReadOnlySpan<int> terms, int role, float sizePrior, float temperature)
    {
        float sum = sizePrior * (_logSize[role] - _maxLogSize);
        foreach (var term in terms)
        {
            if (float.IsNegativeInfinity(_bestLog[term])) continue;
            sum += LogRate(term, role) - _bestLog[term];
        }
        return MathF.Min(1f, MathF.Exp(sum / temperature));
    }

    // A word no title of the role's major group has says nothing about the role: it gets the all-titles rate, so a
    // large group (many titles, hence a small smoothed rate) is not punished for a word nobody in it or its rivals uses.
    private float LogRate(int term, int role)
    {
        int group = _roleGroup[role];
        float groupHas = _groupCount.GetValueOrDefault(GroupKey(term, group));
        if (groupHas == 0) return MathF.Log(_background[term]);
        float inGroup = (groupHas + _groupSmoothing * _background[term]) / (_groupTotal[group] + _groupSmoothing);
        float inRole = (_roleCount.GetValueOrDefault(RoleKey(term, role)) + _roleSmoothing * inGroup)
            / (_roleTotal[role] + _roleSmoothing);
        return MathF.Log(inRole);
    }
}
