using Ladder.Content;

namespace Ladder.Guides;

public static partial class CareerFamilies
{
    public static readonly CareerFamily Service = new("service", "Service, sales and office work", [
        S(CareerLevel.Junior, "Trainee", 10, 25,
            "Learn the employer's procedures, systems and service standards under a trainer",
            "Handle routine customers, orders or records while someone checks your work",
            "Pick up any certification or clearance the employer asks for"),
        S(CareerLevel.Mid, "Experienced worker", 25, 50,
            "Handle the full range of daily duties without supervision",
            "Solve routine problems and customer complaints yourself",
            "Meet the targets that matter in your setting, such as accuracy, speed or sales"),
        S(CareerLevel.Senior, "Senior worker or shift lead", 50, 75,
            "Take escalations and the most demanding customers or cases",
            "Open and close, hold keys or run a shift when the supervisor is away",
            "Train new staff on the routines"),
        S(CareerLevel.Lead, "Supervisor", 75, 90,
            "Supervise staff, schedules and the day's operation",
            "Answer for results such as service quality, sales or accuracy",
            "Handle hiring, discipline and reports to management"),
    ]);

    public static readonly CareerFamily Sales = new("sales", "Licensed and commission sales", [
        S(CareerLevel.Junior, "New agent", 10, 25,
            "Pass the licensing exam the product needs and learn the firm's products and compliance rules",
            "Build a pipeline from referrals, leads and prospecting, usually on commission",
            "Work under a supervising broker or sales manager who reviews your deals"),
        S(CareerLevel.Mid, "Established agent", 25, 50,
            "Close a steady flow of deals from your own client base",
            "Negotiate terms and handle the paperwork through closing or issue",
            "Keep licences current with continuing education"),
        S(CareerLevel.Senior, "Top producer or team lead", 50, 75,
            "Handle the largest or most complex clients and deals",
            "Lead a small team of agents or assistants and share leads",
            "Earn most business from repeat clients and referrals"),
        S(CareerLevel.Lead, "Broker, branch or sales manager", 75, 90,
            "Hold the broker or principal licence that others work under",
            "Recruit, train and supervise agents and answer for their compliance",
            "Run the office's budget, marketing and commission splits"),
    ]);

    public static readonly CareerFamily Protective = new("protective", "Protective services", [
        S(CareerLevel.Junior, "Recruit or probationary officer", 10, 25,
            "Finish the academy or required training and pass its certification",
            "Work under a field training officer or senior colleague during probation",
            "Learn the laws, use-of-force rules and reporting your agency requires"),
        S(CareerLevel.Mid, "Officer", 25, 50,
            "Work your own beat, post or calls and decide how to handle each one",
            "Write reports that hold up in court or in an inquiry",
            "Build specialist skills such as investigations, medical response or K-9"),
        S(CareerLevel.Senior, "Senior officer or specialist", 50, 75,
            "Serve on a specialised unit or as a field training officer",
            "Take the lead at incidents until a supervisor arrives",
            "Sit promotional exams for supervisory rank"),
        S(CareerLevel.Lead, "Sergeant or supervisor", 75, 90,
            "Supervise a squad or shift and review officers' reports and conduct",
            "Plan staffing and deployment for your shift",
            "Handle complaints and discipline"),
    ]);

    public static readonly CareerFamily Military = new("military", "Military occupations", [
        S(CareerLevel.Mid, "Enlisted member or junior officer", 10, 50,
            "Complete basic and job training, then serve in your assigned specialty",
            "Follow orders and standards of your unit and keep qualifications current",
            "Advance in rank through time in service, evaluations and schooling"),
        S(CareerLevel.Senior, "Non-commissioned or senior officer", 50, 90,
            "Lead a section, platoon or larger unit",
            "Train and evaluate the people under your command",
            "Plan operations and answer for equipment, readiness and safety"),
    ], EntryNote: "People enter through a military recruiter (enlisted) or an officer programme such as a service academy, ROTC or officer candidate school; BLS does not publish civilian wage data for these occupations.",
        Years: ["first term of service", "after several years of service"]);
}
