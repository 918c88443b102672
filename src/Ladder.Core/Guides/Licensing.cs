using Ladder.Occupations;

namespace Ladder.Guides;

/// <summary>A licence, certification or residency that U.S. law or regulators require before the work may be done.</summary>
/// <param name="Key">Occupations sharing a key share the licence: a move between them does not cross it.</param>
/// <param name="Name">The credential, as a reader would search for it.</param>
/// <param name="HowToGet">The usual route to it, in one sentence.</param>
/// <param name="Residency">True when the route includes a paid residency after the degree (physicians and similar).</param>
/// <param name="Includes">Keys of licences every holder of this one must already hold (an APRN is a licensed RN).</param>
public sealed record Licence(string Key, string Name, string HowToGet, bool Residency = false, string[]? Includes = null)
{
    /// <summary>True when a holder of this licence already holds <paramref name="other"/>, so a move needing it crosses no licence.</summary>
    public bool Covers(Licence other) => Key == other.Key || (Includes?.Contains(other.Key, StringComparer.Ordinal) ?? false);
}

/// <summary>
/// Which occupations need a licence before the work may be done (docs/career-ladders.md). The list covers the
/// licensed occupations whose guides a reader is most likely to act on; it is matched by SOC code prefix.
/// </summary>
public static class Licensing
{
    // Every APRN route starts from an RN licence, so an NP, CRNA or nurse midwife moving to RN work crosses none.
    private static readonly Licence Aprn = new("aprn", "an advanced practice (APRN) licence",
        "Hold an RN licence, finish an accredited graduate nursing programme and pass the national certification exam for your specialty.",
        Includes: ["rn", "lpn"]);

    private static readonly (string Prefix, Licence Licence)[] Table =
    [
        ("29-12", new("md", "a state medical licence", "Finish medical school (MD or DO), pass the USMLE or COMLEX exams and complete a residency of three to seven years before practising independently.", Residency: true)),
        ("29-1011", new("dc", "a state chiropractic licence", "Earn a Doctor of Chiropractic degree and pass the National Board of Chiropractic Examiners exams.")),
        ("29-102", new("dds", "a state dental licence", "Earn a DDS or DMD, pass the national board and a clinical exam; specialists add a residency.", Residency: true)),
        ("29-1041", new("od", "a state optometry licence", "Earn a Doctor of Optometry degree and pass the National Board of Examiners in Optometry exams.")),
        ("29-1051", new("pharmd", "a state pharmacist licence", "Earn a PharmD and pass the NAPLEX and your state's law exam.")),
        ("29-1071", new("pa", "a physician assistant licence", "Finish an accredited PA master's programme and pass the PANCE.")),
        ("29-1081", new("dpm", "a podiatry licence", "Earn a DPM degree and complete a podiatric residency.", Residency: true)),
        ("29-1122", new("ot", "a state occupational therapy licence", "Finish an accredited OT master's or doctorate and pass the NBCOT exam.")),
        ("29-1123", new("pt", "a state physical therapy licence", "Earn a Doctor of Physical Therapy and pass the National Physical Therapy Examination.")),
        ("29-1126", new("rrt", "a state respiratory therapy licence", "Finish an accredited respiratory therapy programme and pass the NBRC exams.")),
        ("29-1127", new("slp", "a speech-language pathology licence", "Earn an accredited master's, pass the Praxis exam and complete a supervised clinical fellowship.")),
        ("29-1131", new("dvm", "a state veterinary licence", "Earn a DVM and pass the North American Veterinary Licensing Examination.")),
        // An RN's scope of practice includes a practical nurse's, so an RN may fill an LPN/LVN post without that licence.
        ("29-1141", new("rn", "a registered nurse (RN) licence", "Finish an accredited nursing programme (ADN or BSN) and pass the NCLEX-RN; your state board of nursing issues the licence.",
            Includes: ["lpn"])),
        ("29-115", Aprn),
        ("29-116", Aprn),
        ("29-117", Aprn),
        ("29-1292", new("rdh", "a dental hygiene licence", "Finish an accredited dental hygiene programme and pass the national board and a clinical exam.")),
        ("29-2061", new("lpn", "a practical nurse (LPN/LVN) licence", "Finish a state-approved practical nursing programme (about a year) and pass the NCLEX-PN.")),
        ("29-204", new("ems", "EMS certification", "Finish a state-approved EMT or paramedic course and pass the NREMT exam; paramedics first work as EMTs.")),
        ("31-1131", new("cna", "nursing assistant certification", "Finish a state-approved nursing assistant course (often 4 to 12 weeks) and pass the state competency exam.")),
        ("23-1011", new("bar", "admission to a state bar", "Earn a JD from an accredited law school and pass the bar exam and character review of your state.")),
        ("47-2111", new("electrician", "an electrician licence", "Work through a registered apprenticeship (usually four to five years of paid on-the-job hours plus classroom study) and pass your state's journeyworker exam.")),
        ("47-2152", new("plumber", "a plumbing licence", "Work through a registered apprenticeship (usually four to five years) and pass your state's journeyworker exam.")),
        ("53-3032", new("cdl", "a Class A commercial driver's licence (CDL)", "Get a commercial learner's permit, finish entry-level driver training with a registered provider and pass the CDL skills test.")),
        ("53-3052", new("cdl-p", "a commercial driver's licence with a passenger endorsement", "Get a commercial learner's permit, finish entry-level driver training and pass the CDL skills test with the P endorsement.")),
        ("53-201", new("pilot", "an FAA commercial or airline transport pilot certificate", "Train at a flight school to a commercial certificate (250 hours) and build hours, often as a flight instructor, toward the 1,500-hour ATP.")),
        ("53-2021", new("atc", "FAA air traffic control certification", "Be hired by the FAA (usually before age 31), pass the FAA Academy and certify on positions at your facility.")),
        ("25-2", new("teacher", "a state teaching licence", "Finish an approved teacher-preparation programme with student teaching, pass your state's exams (often Praxis) and apply for the licence.")),
        ("19-303", new("psych", "a state psychology licence", "Earn a doctorate, complete supervised hours and pass the EPPP exam.")),
        ("39-5011", new("barber", "a state barber licence", "Finish a state-approved barber programme and pass the state exam.")),
        ("39-5012", new("cosmetology", "a state cosmetology licence", "Finish a state-approved cosmetology programme and pass the state exam.")),
        ("41-902", new("realestate", "a state real estate licence", "Take your state's pre-licensing course and pass its real estate exam; brokers add experience as agents.")),
        ("33-3051", new("police", "state peace-officer certification", "Be hired by an agency, finish its police academy and pass your state's certification.")),
        ("39-4031", new("funeral", "a funeral director or embalmer licence", "Earn an accredited mortuary science degree, serve an apprenticeship and pass the national board exam.")),
    ];

    /// <summary>The licence an occupation needs before doing its work, or null when none is required nationally.</summary>
    public static Licence? For(OccupationCode code) =>
        // The longest matching prefix wins: "29-1292" (dental hygienists) sits inside "29-12" (physicians).
        Table.Where(t => code.Value.StartsWith(t.Prefix, StringComparison.Ordinal)).OrderByDescending(t => t.Prefix.Length).Select(t => t.Licence).FirstOrDefault();

    public static Licence? For(string code) => OccupationCode.TryParse(code, out var c) ? For(c) : null;

    /// <summary>The licence a move into <paramref name="to"/> needs that the work at <paramref name="from"/> does not already cover, or null.</summary>
    public static Licence? Crossed(OccupationCode from, OccupationCode to) =>
        For(to) is { } need && For(from)?.Covers(need) != true ? need : null;
}
