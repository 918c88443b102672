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

    private TitleClassifier(Dictionary<long, float> roleCount, Dictionary<long, float> groupCount, float[] roleTotal,
        float[] groupTotal, float[] background, int[] roleGroup, float[] logSize)
    {
        (_roleCount, _groupCount, _roleTotal, _groupTotal) = (roleCount, groupCount, roleTotal, groupTotal);
        (_background, _roleGroup, _logSize) = (background, roleGroup, logSize);
    }

    /// <summary>
    /// Counts, per role and per major group (<c>roleGroup</c>: 15 for 15-1252), the weighted titles holding each term,
    /// from the index's flat title and link arrays.
    /// </summary>
    public static TitleClassifier Build(int[] roleGroup, int termCount, int[] titleTermStart, int[] titleTerms,
        int[] linkStart, int[] linkRole, float[] linkWeight)
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
                float w = linkWeight[k];
                roleTotal[role] += w;
                groupTotal[group] += w;
                all += w;
                for (int i = titleTermStart[t]; i < titleTermStart[t + 1]; i++)
                {
                    int term = titleTerms[i];
                    Add(roleCount, RoleKey(term, role), w);
                    Add(groupCount, GroupKey(term, group), w);
                    background[term] += w;
                }
            }
        }
        for (int i = 0; i < termCount; i++) background[i] = (background[i] + 0.5f) / (all + 0.5f * termCount);
        var logSize = new float[roles];
        for (int r = 0; r < roles; r++) logSize[r] = MathF.Log(1 + roleTotal[r]);
        return new TitleClassifier(roleCount, groupCount, roleTotal, groupTotal, background, roleGroup, logSize);
    }

    private static void Add(Dictionary<long, float> counts, long key, float w) =>
        counts[key] = counts.GetValueOrDefault(key) + w;

    private static long RoleKey(int term, int role) => ((long)term << 20) | (uint)role;

    private static long GroupKey(int term, int group) => ((long)term << 8) | (uint)group;

    /// <summary>
    /// log P(title of <paramref name="role"/> contains each term) summed over <paramref name="terms"/>, plus
    /// <paramref name="sizePrior"/> × log(how many titles the role has).
    /// </summary>
    public float LogScore(ReadOnlySpan<int> terms, int role, float roleSmoothing, float groupSmoothing, float sizePrior)
    {
        int group = _roleGroup[role];
        float sum = sizePrior * _logSize[role];
        foreach (var term in terms)
        {
            float inGroup = (_groupCount.GetValueOrDefault(GroupKey(term, group)) + groupSmoothing * _background[term])
                / (_groupTotal[group] + groupSmoothing);
            float inRole = (_roleCount.GetValueOrDefault(RoleKey(term, role)) + roleSmoothing * inGroup)
                / (_roleTotal[role] + roleSmoothing);
            sum += MathF.Log(inRole);
        }
        return sum;
    }
}
