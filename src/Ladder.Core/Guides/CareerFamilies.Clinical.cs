using Ladder.Content;

namespace Ladder.Guides;

public static partial class CareerFamilies
{
    public static readonly CareerFamily Nursing = new("nursing", "Registered nursing", [
        S(CareerLevel.Junior, "New-graduate RN", 10, 25,
            "Take a reduced patient assignment in a nurse residency or orientation, with a preceptor checking your care",
            "Learn the unit's protocols, electronic health record and escalation routes",
            "Build time management across medication passes, assessments and charting"),
        S(CareerLevel.Mid, "Experienced RN", 25, 50,
            "Carry a full patient assignment on your own and recognise deterioration early",
            "Coordinate each patient's plan with physicians, therapists and families",
            "Delegate safely to LPNs and nursing assistants"),
        S(CareerLevel.Senior, "Charge nurse or specialist", 50, 75,
            "Run a shift: make assignments, manage admissions and beds, and handle escalations",
            "Or specialise with a certification such as CCRN, CEN or OCN and act as the unit's resource",
            "Precept new graduates and students"),
        S(CareerLevel.Lead, "Nurse manager", 75, 90,
            "Lead a unit's staff: hiring, schedules, performance and retention",
            "Own the unit's budget, quality and patient-safety measures",
            "Work with other departments and executives on staffing and policy"),
    ]);

    public static readonly CareerFamily Physician = new("physician", "Physicians and surgeons", [
        S(CareerLevel.Junior, "Resident physician", 10, 25,
            "Train in an accredited residency for three to seven years, supervised by attending physicians",
            "Take call, admit and follow patients, and present cases on rounds",
            "Pass the final licensing exam and work toward board certification"),
        S(CareerLevel.Mid, "Attending physician", 25, 50,
            "Practise independently with full responsibility for your patients' diagnosis and treatment",
            "Supervise residents, physician assistants and nurse practitioners",
            "Maintain board certification and hospital privileges"),
        S(CareerLevel.Senior, "Senior attending or practice partner", 50, 75,
            "Take the most complex referrals and procedures in your specialty",
            "Share in running a practice or service line: scheduling, contracts and quality review",
            "Teach and may lead research or clinical trials"),
        S(CareerLevel.Lead, "Medical director or department chief", 75, 90,
            "Lead a department or medical group's clinical standards and staffing",
            "Answer to the hospital or group for quality, safety and finances",
            "Set clinical policy and represent physicians in executive decisions"),
    ], EntryNote: "New doctors do not apply to physician openings: in the final year of medical school they apply for residency positions through the National Resident Matching Program (the Match), and take physician posts after residency.");

    public static readonly CareerFamily Clinical = new("clinical", "Licensed and certified health professions", [
        S(CareerLevel.Junior, "Newly licensed or certified clinician", 10, 25,
            "Work a standard caseload under the supervision or review the licence requires in its first period",
            "Learn the employer's protocols, equipment and documentation",
            "Keep up continuing-education hours toward licence renewal"),
        S(CareerLevel.Mid, "Experienced clinician", 25, 50,
            "Manage your own caseload and judge when to refer or escalate",
            "Coordinate with physicians, nurses and other members of the care team",
            "Add a specialty certification or a procedure you are credentialed for"),
        S(CareerLevel.Senior, "Specialist or senior clinician", 50, 75,
            "Take complex cases and serve as the team's reference for a specialty",
            "Supervise students and clinical fellows on placement",
            "Review protocols and equipment against current evidence"),
        S(CareerLevel.Lead, "Clinical lead or department manager", 75, 90,
            "Run a department's staffing, schedules and budget",
            "Answer for accreditation, safety and quality measures",
            "Plan new services or equipment with hospital leaders"),
    ]);

    // Technicians and technologists carry out a practitioner's orders (a pharmacist's prescriptions, a physician's
    // imaging or lab orders) rather than holding a caseload, and their lead stage supervises technicians, not a department.
    public static readonly CareerFamily HealthTechnician = new("health-technician", "Health technologists and technicians", [
        S(CareerLevel.Junior, "Newly certified technician or technologist", 10, 25,
            "Work under the direction of the licensed practitioner or senior technologist who checks your work",
            "Learn the department's equipment, procedures, safety checks and records",
            "Finish any certification or registration your state or employer requires"),
        S(CareerLevel.Mid, "Experienced technician or technologist", 25, 50,
            "Handle the routine orders or procedures of your shift on your own",
            "Catch and report errors, abnormal results and equipment faults before they reach a patient",
            "Add a specialty credential for a new procedure, instrument or area"),
        S(CareerLevel.Senior, "Senior or specialist technician", 50, 75,
            "Take the area's specialised or more complex work",
            "Train new technicians and check their competence",
            "Keep procedures and records in line with quality and regulatory standards"),
        S(CareerLevel.Lead, "Lead technician or supervisor", 75, 90,
            "Coordinate the technicians' schedule and daily workload",
            "Run quality control, inventory or audits for your area",
            "Report to the practitioner or manager in charge of the department"),
    ]);

    public static readonly CareerFamily HealthSupport = new("health-support", "Healthcare support", [
        S(CareerLevel.Junior, "Trainee or newly certified aide", 10, 25,
            "Finish the employer's orientation and any state-required course or certification",
            "Help patients or residents with daily care under a nurse's or therapist's direction",
            "Learn infection control, safe lifting and how to report changes you notice"),
        S(CareerLevel.Mid, "Experienced aide or assistant", 25, 50,
            "Handle a full assignment of patients or residents on your own shift",
            "Record care accurately and flag concerns to licensed staff quickly",
            "Show new aides the routines of the unit"),
        S(CareerLevel.Senior, "Senior aide, trainer or specialist", 50, 75,
            "Work in a specialised setting such as rehabilitation, dementia care or surgery",
            "Train and check the skills of new aides",
            "Take on extra certified tasks your state allows"),
        S(CareerLevel.Lead, "Team lead, or a step into licensed work", 75, 90,
            "Coordinate a team of aides and the schedule of a unit",
            "Many move on by training for a licence, such as LPN, RN or therapist assistant",
            "Bring aides' concerns about workload and safety to managers"),
    ]);

    // SOC 31-9 (medical and dental assistants, phlebotomists, pharmacy aides, veterinary assistants, medical equipment
    // preparers, transcriptionists, massage therapists) works for a practitioner or a practice, not on a ward: "residents",
    // "a nurse's direction" and "a unit" are true of aides (31-1, 31-2) and false here.
    public static readonly CareerFamily HealthAssistant = new("health-assistant", "Healthcare assistants and practice support", [
        S(CareerLevel.Junior, "Trainee or newly certified", 10, 25,
            "Finish the certificate course, on-the-job training or state registration the job asks for",
            "Do the routine parts of the work while the practitioner you support or an experienced colleague checks it",
            "Learn the workplace's procedures, safety rules and records"),
        S(CareerLevel.Mid, "Experienced and independent", 25, 50,
            "Handle a full day's appointments, orders or workload on your own",
            "Keep accurate records of what you did and for whom",
            "Add a certification for a further task your state or employer recognises"),
        S(CareerLevel.Senior, "Senior or specialist", 50, 75,
            "Take the more complex or specialised procedures, cases or clients",
            "Train newcomers and check their work",
            "Keep the supplies, equipment or records of the practice in order"),
        S(CareerLevel.Lead, "Lead, own practice, or a further licence", 75, 90,
            "Coordinate the team's schedule and daily workload, or run a practice of your own where the work allows it",
            "Report to the practitioner or office manager in charge, or answer to your own clients",
            "Some go on to train for a licensed role in their field, as dental assistants do for dental hygienist and medical assistants for nurse"),
    ]);
}
