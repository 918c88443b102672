using Ladder.States;

namespace Ladder.Catalog;

/// <summary>The JSON shape of <see cref="StatePay"/> that <c>ladder guide --state --json</c> and <c>ladder compare --state --json</c> print.</summary>
public sealed record StatePayJson(string State, string Fips, string Name, bool Published, decimal? Median, decimal? HourlyMedian, decimal? P10,
    decimal? P25, decimal? P75, decimal? P90, decimal? Mean, decimal? Employment, decimal? LocationQuotient, string MedianDisplay,
    string NationalMedianDisplay, decimal? PercentOfNational, string Sentence, string Soc, string SocTitle, string Source, string AsOf)
{
    public static StatePayJson From(StatePay p) => new(p.State.Code, p.State.Fips, p.State.Name, p.Published, p.Wage.Median, p.Wage.HourlyMedian,
        p.Wage.P10, p.Wage.P25, p.Wage.P75, p.Wage.P90, p.Wage.Mean, p.Wage.Employment, p.Wage.LocationQuotient, p.MedianDisplay,
        p.NationalDisplay, p.PercentOfNational, p.Sentence, p.Soc, p.SocTitle, p.Source, p.AsOf);
}
