using Ladder.Occupations;

namespace Ladder.Guides;

public static partial class CareerFamilies
{
    // A property, not a field: static fields in other partial files may not be initialised yet when this one would be.
    public static IReadOnlyList<CareerFamily> All =>
    [
        Executive, Elected, Supervisor, Management, Nursing, Physician, Clinical, HealthTechnician, HealthSupport, HealthAssistant, Legal, Teaching, Postsecondary,
        Trades, Production, Driving, TransportCrew, Sales, Service, Protective, Military, Professional,
    ];

    /// <summary>The family an occupation belongs to: the most specific rule that matches its code or title.</summary>
    public static CareerFamily For(OccupationCode code, string title)
    {
        var v = code.Value;
        if (code.MajorGroup == "55") return Military;
        if (v.StartsWith("11-1011", StringComparison.Ordinal)) return Executive;
        if (v.StartsWith("11-1031", StringComparison.Ordinal) || v.StartsWith("23-102", StringComparison.Ordinal)) return Elected;
        if (title.StartsWith("First-Line Supervisors", StringComparison.Ordinal)) return Supervisor;
        if (code.MajorGroup == "11") return Management;
        if (v.StartsWith("29-1141", StringComparison.Ordinal)) return Nursing;
        if (v.StartsWith("29-12", StringComparison.Ordinal)) return Physician;
        // Health technologists and technicians (29-2), except LPNs, who hold their own patient assignments as nurses do.
        if (v.StartsWith("29-2", StringComparison.Ordinal) && !v.StartsWith("29-2061", StringComparison.Ordinal)) return HealthTechnician;
        if (code.MajorGroup == "29") return Clinical;
        if (v.StartsWith("31-9", StringComparison.Ordinal)) return HealthAssistant;
        if (code.MajorGroup == "31") return HealthSupport;
        if (v.StartsWith("23-1011", StringComparison.Ordinal)) return Legal;
        if (v.StartsWith("25-2", StringComparison.Ordinal) || v.StartsWith("25-3", StringComparison.Ordinal)) return Teaching;
        if (v.StartsWith("25-1", StringComparison.Ordinal)) return Postsecondary;
        if (code.MajorGroup is "47" or "49") return Trades;
        if (v.StartsWith("53-3", StringComparison.Ordinal)) return Driving;
        // Air (pilots, controllers, flight attendants), rail and water crews; "other transportation workers" (parking and
        // service-station attendants, inspectors, passenger attendants) serve people rather than run a machine or line.
        if (v.StartsWith("53-2", StringComparison.Ordinal) || v.StartsWith("53-4", StringComparison.Ordinal) || v.StartsWith("53-5", StringComparison.Ordinal))
            return TransportCrew;
        if (v.StartsWith("53-6", StringComparison.Ordinal)) return Service;
        // Hand material movers (stockers, packers, laborers, cleaners of vehicles, refuse collectors) run no machine or line.
        if (v.StartsWith("53-706", StringComparison.Ordinal) || v.StartsWith("53-708", StringComparison.Ordinal)) return Service;
        if (code.MajorGroup is "51" or "53") return Production;
        if (v.StartsWith("33-2", StringComparison.Ordinal) || v.StartsWith("33-3", StringComparison.Ordinal)) return Protective;
        if (v.StartsWith("41-3", StringComparison.Ordinal) || v.StartsWith("41-902", StringComparison.Ordinal)) return Sales;
        if (code.MajorGroup is "33" or "35" or "37" or "39" or "41" or "43" or "45") return Service;
        return Professional;
    }
}
