namespace Ladder.Licences;

/// <summary>How people are trained into an occupation.</summary>
public enum TrainingRouteKind
{
    Apprenticeship,
    Residency,
    SupervisedPractice,
    Academy,
    EmployerTraining,
    Programme,
}

/// <summary>
/// The usual training route and how long it takes, from the same source as the licence decision. Years are the
/// length of the route itself; for a degree programme they count from high school (the entry's detail says so).
/// </summary>
public sealed record Training
{
    public required TrainingRouteKind Route { get; init; }
    public double? MinYears { get; init; }
    public double? MaxYears { get; init; }
    public int? Hours { get; init; }
    public required string Detail { get; init; }

    public static readonly IReadOnlyList<(string Name, TrainingRouteKind Route)> Routes =
    [
        ("apprenticeship", TrainingRouteKind.Apprenticeship), ("residency", TrainingRouteKind.Residency),
        ("supervised-practice", TrainingRouteKind.SupervisedPractice), ("academy", TrainingRouteKind.Academy),
        ("employer-training", TrainingRouteKind.EmployerTraining), ("programme", TrainingRouteKind.Programme),
    ];

    public static string RouteName(TrainingRouteKind route) => Routes.First(r => r.Route == route).Name;

    /// <summary>"4 to 5 years", "about 3 years", "up to 1 year", or null when the source gives no length.</summary>
    public string? Length => (MinYears, MaxYears) switch
    {
        (null, null) => null,
        ({ } lo, { } hi) when lo == hi => $"about {Years(lo)}",
        ({ } lo, { } hi) when lo == 0 => $"up to {Years(hi)}",
        ({ } lo, { } hi) => $"{Number(lo)} to {Years(hi)}",
        ({ } lo, null) => $"more than {Years(lo)}",
        (null, { } hi) => $"up to {Years(hi)}",
    };

    private static string Years(double y) => y < 1
        ? $"{Math.Max(1, Math.Round(y * 12))} month{(Math.Round(y * 12) > 1 ? "s" : "")}"
        : $"{Number(y)} year{(y == 1 ? "" : "s")}";

    private static string Number(double y) => y < 1
        ? Math.Max(1, Math.Round(y * 12)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " months"
        : y.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
