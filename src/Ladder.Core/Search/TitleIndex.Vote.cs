namespace Ladder.Search;

public sealed partial class TitleIndex
{
    // The three best titles of each role are its evidence (RoleScore); the vote looks across roles instead: of the
    // titles most like the query, whatever role they name, how many name this one. Employer titles written in other
    // words than O*NET's ("SAP CUTOVER CONSULTANT") reach a role through many near neighbours rather than one close
    // title. Tuning parts, two-fold (docs/title-search.md): H-1B 42.6% → 43.3%, Census 76.8% → 76.9%.

    /// <summary>Keeps the K titles most similar to the query, for the nearest-title vote.</summary>
    private static void OfferNearest(Scratch s, int title, float similarity, int k)
    {
        if (k <= 0) return;
        if (s.NearCount == k && similarity <= s.NearSim[k - 1]) return;
        int at = s.NearCount < k ? s.NearCount++ : k - 1;
        while (at > 0 && s.NearSim[at - 1] < similarity)
        {
            s.NearSim[at] = s.NearSim[at - 1];
            s.NearTitle[at] = s.NearTitle[at - 1];
            at--;
        }
        s.NearSim[at] = similarity;
        s.NearTitle[at] = title;
    }

    /// <summary>Each of the K nearest titles votes its similarity for the roles it names; a role's share of the votes.</summary>
    private void Vote(Scratch s, RankingWeights w)
    {
        if (w.VoteWeight <= 0 || s.NearCount == 0) return;
        float total = 0;
        for (int i = 0; i < s.NearCount; i++)
        {
            int t = s.NearTitle[i];
            for (int k = _linkStart[t], end = _linkStart[t + 1]; k < end; k++)
            {
                float v = s.NearSim[i] * _linkWeight[k];
                s.Votes[_linkRole[k]] += v;
                total += v;
            }
        }
        if (total <= 0) return;
        foreach (var role in s.TouchedRoles) s.Votes[role] /= total;
    }
}
