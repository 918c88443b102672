using Ladder.Content;

namespace Ladder.Guides;

public static partial class CareerFamilies
{
    public static readonly CareerFamily Trades = new("trades", "Construction and repair trades", [
        S(CareerLevel.Junior, "Apprentice or helper", 10, 25,
            "Work under a journeyworker while logging paid on-the-job hours and classroom study",
            "Carry, cut, fit and clean up, learning each tool and material safely",
            "Learn the safety rules and the code or standards the trade is inspected against"),
        S(CareerLevel.Mid, "Journeyworker", 25, 50,
            "Complete jobs on your own from plans, work orders or diagnosis to finished work",
            "Pass inspections and fix what an inspector or customer finds",
            "Guide apprentices on the jobs you run"),
        S(CareerLevel.Senior, "Master or foreman", 50, 75,
            "Run a crew on a job: lay out the work, order materials and keep to the schedule",
            "Take the difficult installations and repairs others cannot finish",
            "Hold the master-level licence or certification where your state offers one"),
        S(CareerLevel.Lead, "Contractor or superintendent", 75, 90,
            "Price jobs, win contracts and pull permits under your own or the firm's licence",
            "Run several crews or sites, with responsibility for safety, quality and cost",
            "Hire and develop workers and keep the business's insurance and licences current"),
    ]);

    public static readonly CareerFamily Production = new("production", "Production and plant work", [
        S(CareerLevel.Junior, "Trainee operator", 10, 25,
            "Run one machine or station under a lead operator, following the work instructions",
            "Learn lockout-tagout, quality checks and the plant's safety rules",
            "Keep your area clean and report defects and breakdowns"),
        S(CareerLevel.Mid, "Operator", 25, 50,
            "Run your machines or line on your own and meet the shift's output and quality targets",
            "Adjust settings, change over between products and fix common stoppages",
            "Record production and quality data accurately"),
        S(CareerLevel.Senior, "Setup technician or lead operator", 50, 75,
            "Set up machines and new jobs, and solve the problems operators cannot",
            "Train operators and check their work against specifications",
            "Take part in improvement projects on scrap, downtime and safety"),
        S(CareerLevel.Lead, "Production supervisor", 75, 90,
            "Run a shift or department: staffing, schedules and output",
            "Answer for safety, quality and cost on your shift",
            "Work with engineering and maintenance on changes to the process"),
    ]);

    public static readonly CareerFamily Driving = new("driving", "Drivers and vehicle operators", [
        S(CareerLevel.Junior, "Newly licensed driver", 10, 25,
            "Drive with a trainer or on local and regional routes while you build a safe record",
            "Do pre-trip inspections, log hours of service and handle paperwork correctly",
            "Learn to plan routes, fuel stops and rest around delivery windows"),
        S(CareerLevel.Mid, "Experienced driver", 25, 50,
            "Run your own routes or loads with little supervision",
            "Handle breakdowns, weather, customer problems and schedule changes yourself",
            "Keep a clean safety and inspection record"),
        S(CareerLevel.Senior, "Specialised driver or driver trainer", 50, 75,
            "Haul loads that need endorsements or extra care, such as tankers, hazardous materials or oversize freight",
            "Train new drivers and check their driving",
            "Take dedicated or premium routes that reward a long safe record"),
        S(CareerLevel.Lead, "Owner-operator or fleet supervisor", 75, 90,
            "Run your own truck as a business, or supervise dispatch and a fleet of drivers",
            "Manage costs such as fuel, maintenance, insurance and compliance",
            "Win and keep shippers or set the fleet's safety rules"),
    ]);

    // Air, rail and water crews climb by certificate, rating and seniority toward command, not by machine setup.
    public static readonly CareerFamily TransportCrew = new("transport-crew", "Air, rail and water transportation crews", [
        S(CareerLevel.Junior, "Trainee or junior crew member", 10, 25,
            "Train on your carrier's routes, equipment and procedures under a senior crew member or instructor",
            "Build the hours, sea time or qualifications your certificate needs for the next rating",
            "Follow checklists, signals and operating rules exactly"),
        S(CareerLevel.Mid, "Qualified crew member", 25, 50,
            "Work your position on your own within your certificate's limits",
            "Handle delays, weather and equipment faults by the book, and report them",
            "Keep the logs and records regulators inspect"),
        S(CareerLevel.Senior, "Senior crew member or instructor", 50, 75,
            "Take the more demanding routes, vessels, aircraft or positions",
            "Train and check newer crew members",
            "Upgrade your certificate or rating toward command or supervision"),
        S(CareerLevel.Lead, "Captain, engineer in charge or supervisor", 75, 90,
            "Command the aircraft, train or vessel, or supervise a crew, a facility or a terminal",
            "Answer for the safety of passengers, crew and cargo",
            "Work with dispatch and management on schedules and incidents"),
    ]);
}
