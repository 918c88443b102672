using Ladder.Content;

namespace Ladder.Guides;

public static partial class CareerFamilies
{
    public static readonly CareerFamily Teaching = new("teaching", "School teaching", [
        S(CareerLevel.Junior, "First-year teacher", 10, 25,
            "Teach your own classes, usually with an assigned mentor and an induction programme",
            "Build classroom routines, behaviour management and lesson plans that match the curriculum",
            "Learn to grade, report progress and work with families and support staff"),
        S(CareerLevel.Mid, "Experienced teacher", 25, 75,
            "Plan whole units and adapt them to students' needs, including those with learning plans",
            "Use assessment data to group students and reteach what did not land",
            "Add qualifications such as a master's degree, subject endorsements or the licence renewal your state asks for"),
        S(CareerLevel.Senior, "Lead or mentor teacher", 75, 90,
            "Mentor new teachers and student teachers and observe their lessons",
            "Lead a grade-level team or department and its curriculum choices",
            "Take on roles such as instructional coach or department head, often with a stipend"),
    ]);

    public static readonly CareerFamily Postsecondary = new("postsecondary", "College and university teaching", [
        S(CareerLevel.Junior, "Adjunct, lecturer or instructor", 10, 25,
            "Teach assigned courses, often on term-by-term contracts",
            "Build a teaching record: syllabi, student evaluations and new course materials",
            "Finish or extend the graduate degree the field expects"),
        S(CareerLevel.Mid, "Assistant professor", 25, 50,
            "Teach and advise students on a tenure-track or continuing appointment",
            "Publish, win grants or produce creative work toward tenure or promotion",
            "Serve on department committees"),
        S(CareerLevel.Senior, "Associate professor", 50, 75,
            "Hold tenure or a long-term appointment and supervise graduate students",
            "Lead research projects, programmes or curriculum reviews",
            "Review colleagues' work for journals, grants and promotions"),
        S(CareerLevel.Lead, "Full professor or department chair", 75, 90,
            "Set the direction of a research programme or department",
            "Manage faculty hiring, budgets and teaching assignments as chair",
            "Represent the field nationally through societies, boards and editorial roles"),
    ]);

    public static readonly CareerFamily Management = new("management", "Managers", [
        S(CareerLevel.Junior, "Assistant or deputy manager", 10, 25,
            "Run parts of a department under its manager: a project, a shift, a team of a few people",
            "Learn the budgeting, hiring and reporting routines of the function",
            "Stand in for the manager when they are away"),
        S(CareerLevel.Mid, "Manager", 25, 50,
            "Run a department or function with its own staff, targets and budget",
            "Hire, develop and evaluate the team",
            "Report results and problems to senior leaders"),
        S(CareerLevel.Senior, "Senior manager or director", 50, 75,
            "Lead several managers and a larger budget across sites or functions",
            "Write the plans and policies other managers follow",
            "Negotiate with other directors over resources and priorities"),
        S(CareerLevel.Lead, "Executive (vice president or equivalent)", 75, 90,
            "Set strategy for a whole function or division",
            "Answer to the chief executive or board for its results",
            "Make the large decisions: reorganisations, major contracts and investments"),
    ]);

    public static readonly CareerFamily Professional = new("professional", "Professional and technical work", [
        S(CareerLevel.Junior, "Junior or associate", 10, 25,
            "Deliver well-scoped pieces of work that a senior colleague reviews",
            "Learn the team's methods, tools and quality standards",
            "Ask for feedback early and keep notes on what you learn"),
        S(CareerLevel.Mid, "Mid-level professional", 25, 50,
            "Own assignments from start to finish with little supervision",
            "Explain your work and its trade-offs to colleagues and clients",
            "Estimate your own work and deliver it on schedule"),
        S(CareerLevel.Senior, "Senior professional", 50, 75,
            "Take the hardest problems and decide the approach others follow",
            "Review colleagues' work and coach less experienced staff",
            "Represent the team in decisions with other departments or clients"),
        S(CareerLevel.Lead, "Principal, lead or manager", 75, 90,
            "Set technical direction and standards for a team or practice area",
            "Manage people, or stay technical and guide several teams",
            "Connect the team's work to the organisation's goals and budget"),
    ]);

    public static readonly CareerFamily Legal = new("legal", "Lawyers", [
        S(CareerLevel.Junior, "Associate attorney", 10, 25,
            "Research law, draft documents and prepare cases under partners or senior counsel",
            "Manage discovery, filings and deadlines accurately",
            "Build billable hours and a record in one practice area"),
        S(CareerLevel.Mid, "Senior associate", 25, 50,
            "Run matters day to day and appear in court or negotiations yourself",
            "Supervise junior associates and paralegals",
            "Build relationships with clients who bring repeat work"),
        S(CareerLevel.Senior, "Partner or senior counsel", 50, 75,
            "Own client relationships and the strategy of major matters",
            "Bring in business or lead a legal function for an employer",
            "Decide staffing and fees on your matters"),
        S(CareerLevel.Lead, "Managing partner or general counsel", 75, 90,
            "Lead a firm or an organisation's whole legal department",
            "Advise executives and boards on legal risk",
            "Set the firm's or department's budget, hiring and policies"),
    ]);
}
