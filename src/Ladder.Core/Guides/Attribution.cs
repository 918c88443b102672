namespace Ladder.Guides;

/// <summary>The attribution text the O*NET CC BY 4.0 licence requires, and the BLS citation.</summary>
public static class Attribution
{
    public const string Onet =
        "This product incorporates information from the O*NET 30.2 Database by the U.S. Department of Labor, " +
        "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. " +
        "Ladder has modified some of the information; USDOL/ETA has not approved, endorsed or tested these modifications.";

    public const string Bls =
        "Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025 (public domain).";
}
