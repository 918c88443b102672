namespace Ladder.Matching;

/// <summary>
/// The hand-written part of the extractor's dictionary (documented in docs/matching.md): short forms people write
/// for O*NET names, words that are skills only in context, and the vendors whose names people drop.
/// </summary>
internal static class SkillSynonyms
{
    /// <summary>Short form → exact O*NET Technology "Example" name or Skills/Knowledge element name.</summary>
    public static readonly (string Surface, string Canonical)[] Technologies =
    [
        ("JS", "JavaScript"), ("ES6", "JavaScript"), ("k8s", "Kubernetes"), ("K8s", "Kubernetes"), ("EKS", "Kubernetes"),
        ("Postgres", "PostgreSQL"), ("Postgres SQL", "PostgreSQL"), ("psql", "PostgreSQL"),
        ("sklearn", "Scikit-learn"), ("scikit learn", "Scikit-learn"),
        ("MS Excel", "Microsoft Excel"), ("Excel", "Microsoft Excel"), ("MS Word", "Microsoft Word"), ("MS Outlook", "Microsoft Outlook"),
        ("MS Office", "Microsoft Office software"), ("MS Teams", "Microsoft Teams"), ("MS Project", "Microsoft Project"),
        ("MS SQL Server", "Microsoft SQL Server"), ("MSSQL", "Microsoft SQL Server"), ("SQL Server", "Microsoft SQL Server"),
        (".NET", "Microsoft .NET Framework"), (".NET Framework", "Microsoft .NET Framework"), (".NET Core", "Microsoft .NET Framework"),
        ("ASP.NET Core MVC", "Microsoft ASP.NET Core MVC"), ("ASP.NET Core", "Microsoft ASP.NET Core MVC"), ("ASP.NET MVC", "Microsoft ASP.NET Core MVC"),
        ("Golang", "Go"), ("Go", "Go"), ("Splunk", "Splunk Enterprise"), ("Salesforce", "Salesforce software"), ("SFDC", "Salesforce software"),
        ("Java", "Oracle Java"), ("Terraform", "IBM Terraform"), ("Jenkins", "Jenkins CI"), ("React.js", "React"), ("ReactJS", "React"),
        ("Vue", "Vue.js"), ("NodeJS", "Node.js"), ("Node", "Node.js"), ("Spring Boot", "Spring Boot"), ("Spring", "Spring Framework"),
        ("Azure", "Microsoft Azure software"), ("Azure DevOps", "Microsoft Azure DevOps Services"), ("Power BI", "Microsoft Power BI"),
        ("PowerBI", "Microsoft Power BI"), ("VBA", "Microsoft Visual Basic for Applications VBA"), ("MATLAB", "The MathWorks MATLAB"),
        ("Matlab", "The MathWorks MATLAB"), ("Simulink", "MathWorks Simulink"), ("LTspice", "Linear Technology LTSpice"), ("LTSpice", "Linear Technology LTSpice"),
        ("Ansible", "Ansible software"), ("Maven", "Apache Maven"), ("Kafka", "Apache Kafka"), ("Airflow", "Apache Airflow"), ("Tomcat", "Apache Tomcat"),
        ("Spark", "Apache Spark"), ("Hibernate", "Hibernate ORM"), ("REST", "RESTful API"), ("REST API", "RESTful API"), ("REST APIs", "RESTful API"),
        ("SageMaker", "Amazon Web Services AWS SageMaker"), ("AWS", "Amazon Web Services AWS software"), ("Amazon Web Services", "Amazon Web Services AWS software"),
        ("Bitbucket", "Atlassian Bitbucket"), ("Jira", "Atlassian JIRA"), ("JIRA", "Atlassian JIRA"), ("Confluence", "Atlassian Confluence"),
        ("QuickBooks", "Intuit QuickBooks"), ("QuickBooks Online", "Intuit QuickBooks"), ("Lacerte", "Intuit Lacerte"), ("NetSuite", "Oracle NetSuite"),
        ("Hyperion", "Oracle Hyperion Planning"), ("Bloomberg", "Bloomberg Professional"), ("Bloomberg Terminal", "Bloomberg Professional"),
        ("Westlaw", "Thomson Reuters Westlaw"), ("Relativity", "Relativity e-Discovery"), ("PACER", "Public Access to Court Electronic Records (PACER)"),
        ("iManage", "iManage document management software"), ("AutoCAD", "Autodesk AutoCAD"), ("SolidWorks", "Dassault Systemes SolidWorks"),
        ("Mastercam", "CNC Software Mastercam"), ("RSLogix", "Rockwell RSLogix"), ("RSLogix 5000", "Rockwell RSLogix"), ("ladder logic", "Ladder Logic"),
        ("Canvas", "Instructure Canvas"), ("Pyxis", "Pyxis MedStation software"), ("Epic", "Epic Systems"), ("PointClickCare", "PointClickCare healthcare software"),
        ("eClinicalWorks", "eClinicalWorks EHR software"), ("Kareo", "Kareo Practice Management"), ("Workday", "Workday software"), ("Taleo", "Oracle Taleo"),
        ("ADP", "ADP Workforce Now"), ("Concur", "SAP Concur"), ("Paychex", "Paychex payroll software"), ("Yardi", "Yardi software"), ("Procore", "Procore software"),
        ("DocuSign", "DocuSign eSignature"), ("HubSpot", "HubSpot software"), ("InVision", "InVision software"), ("Nessus", "Tenable Nessus"),
        ("PowerShell", "Microsoft PowerShell"), ("Active Directory", "Microsoft Active Directory"), ("Windows", "Microsoft Windows"),
        ("JMP", "SAS JMP"), ("FTIR", "Fourier transform infrared FTIR software"), ("Acrobat", "Adobe Acrobat"), ("Adobe Acrobat Pro", "Adobe Acrobat"),
        ("XD", "Adobe XD"), ("Hootsuite", "Hootsuite"), ("Google Ads", "Google Ads"), ("GA4", "Google Analytics"), ("SEMrush", "Semrush"),
        ("EMR", "Electronic medical record EMR software"), ("EHR", "Electronic medical record EMR software"),
        ("WMS", "Warehouse management system WMS"), ("CMMS", "Computerized maintenance management system CMMS"),
        ("LIMS", "Laboratory information management system LIMS"), ("TMS", "Transportation management system TMS software"),
        ("SEO", "Search engine optimization SEO software"), ("SPC", "Statistical process control SPC software"), ("CPT", "Current procedural terminology CPT software"),
        ("HCPCS", "Healthcare common procedure coding system HCPCS"), ("DOE", "Design of experiments DOE software"), ("RTOS", "Real time operating system RTOS software"),
        ("SAP", "SAP ERP"), ("Office 365", "Microsoft Office software"), ("Microsoft 365", "Microsoft Office software"), ("Microsoft Office", "Microsoft Office software"),
    ];

    /// <summary>AWS Elastic MapReduce, not an electronic medical record, when these words are near "EMR".</summary>
    public static readonly string[] CloudContext = ["aws", "spark", "pyspark", "hadoop", "emr", "s3", "glue"];

    /// <summary>Variants of skill and knowledge element names people write.</summary>
    public static readonly (string Surface, string Canonical)[] Skills =
    [
        ("customer service", "Customer and Personal Service"), ("negotiate", "Negotiation"), ("negotiating", "Negotiation"), ("negotiations", "Negotiation"),
        ("troubleshoot", "Troubleshooting"), ("troubleshooter", "Troubleshooting"), ("quality control", "Quality Control Analysis"),
        ("math", "Mathematics"), ("maths", "Mathematics"), ("time-management", "Time Management"), ("active listener", "Active Listening"),
        ("critical thinker", "Critical Thinking"),
    ];

    /// <summary>Element names too generic to read as a claimed skill on their own ("writing SQL", "design team", "data science").</summary>
    public static readonly HashSet<string> GenericElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "Writing", "Speaking", "Science", "Monitoring", "Coordination", "Installation", "Repairing", "Instructing", "Persuasion",
        "Design", "Transportation", "Clerical", "Administrative", "Geography", "Psychology", "Biology", "Sociology and Anthropology",
        "Service Orientation", "Active Learning", "Operations Monitoring", "Operation and Control", "Personnel and Human Resources",
        "Production and Processing", "Sales and Marketing", "Food Production", "Telecommunications", "Education and Training",
        "Communications and Media", "Administration and Management", "Computers and Electronics", "Public Safety and Security",
    };

    /// <summary>
    /// Single-word technology names that are also everyday words: matched only as written (capitalised) and only where
    /// the context reads as a list of tools.
    /// </summary>
    public static readonly HashSet<string> AmbiguousWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "R", "Go", "C", "J", "Swift", "Spring", "Excel", "Square", "Slack", "Zoom", "Chef", "Puppet", "Analyze", "Route", "Dig", "Shiny",
        "Velvet", "Magic", "Cyclone", "Diameter", "Forth", "Scheme", "Ferret", "Algae", "Blink", "Cents", "Author", "Harvest", "Prince",
        "Sand", "Compilers", "Debuggers", "Decompilers", "Emulators", "Profilers", "Excavator", "Google", "Loom", "Penultimate", "Paintbrush",
        "Vigilant", "Hotspot", "Honeypot", "Blender", "Ruby", "Julia", "Pascal", "Ada", "Eiffel", "Mendel", "Oberon", "Clipper", "Jenkins",
        "Travis", "AWS", "Word", "Outlook", "Access", "Project", "Teams", "Node", "Epic", "Canvas", "Relativity", "Spark", "Windows", "REST",
        "Concur", "Hibernate", "Workday", "Bloomberg", "Maven", "Rapide", "Modula", "Kismet", "Seesaw", "Twitter", "Pinterest", "Strand7",
        "Aztec", "Mosflm", "Cheetah3D", "Vimeo", "Dropbox", "Eko", "Cronometer", "Mentimeter", "Excavator", "Coeus", "Canorus", "Penultimate",
        "EMR", "EHR", "ADP", "SAP", "XD", "DOE", "TMS", "SPC", "CPT", "SEO", "Epic", "JMP", "Hyperion", "Pyxis",
    };

    /// <summary>Words after a term that show it is not the tool ("excel at", "go live", "AWS certified", "Spring 2023").</summary>
    public static readonly Dictionary<string, string[]> NotBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Excel"] = ["at", "in", "as"],
        ["Go"] = ["live", "to", "out", "through", "from", "back", "ahead", "regional", "over", "on", "beyond", "home", "into", "above", "the", "a"],
        ["Spring"] = ["semester", "term", "break", "season", "quarter", "training"],
        ["AWS"] = ["certified", "certification", "d1.1", "d1.5", "welding", "cwi", "welder"],
        ["Epic"] = ["fail"],
    };

    /// <summary>Words before a term that show it is a name or a form, not the tool ("Dr. Travis", "Schedule C").</summary>
    public static readonly HashSet<string> NotAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "nurse", "schedule", "form", "part", "section", "vitamin", "grade", "class", "plan", "type", "level",
        "tier", "hepatitis", "an", "the", "this", "last", "next", "every", "each", "early", "late",
    };

    /// <summary>Words before an ambiguous term that introduce a tool: "in R", "with Go", "using Excel".</summary>
    public static readonly HashSet<string> ToolIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "with", "using", "and", "or", "learn", "learned", "on", "via", "plus", "into", "through", "between", "of",
    };

    /// <summary>Company prefixes people drop: "Microsoft Excel" is written "Excel".</summary>
    public static readonly string[] Vendors =
    [
        "Microsoft", "IBM", "Oracle", "Adobe", "Autodesk", "Intuit", "Google", "Amazon Web Services AWS", "Amazon Web Services", "Amazon", "Apple",
        "Apache", "Atlassian", "The MathWorks", "MathWorks", "Dassault Systemes", "SAP", "Thomson Reuters", "CNC Software", "Rockwell",
        "Tenable", "Linear Technology", "Instructure", "SAS", "Bentley", "Esri", "Corel", "Cisco", "Red Hat", "Siemens", "Trimble",
    ];
}
