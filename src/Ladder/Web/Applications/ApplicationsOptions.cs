namespace Ladder.Web.Applications;

/// <summary>Settings under <c>Ladder:Applications</c>.</summary>
public sealed class ApplicationsOptions
{
    public const string Section = "Ladder:Applications";

    /// <summary>A PostgreSQL connection string; when set, applications go to PostgreSQL instead of SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The SQLite file (from <c>--applications-db</c>); else $LADDER_APPLICATIONS_DB, else beside the catalog.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>Largest accepted request body. A full form with a 4,000-character message fits well inside.</summary>
    public long MaxRequestBytes { get; set; } = 16 * 1024;

    /// <summary>Submissions accepted per client IP address per minute, across the form and the API, before 429.</summary>
    public int SubmissionsPerMinute { get; set; } = 20;
}

/// <summary>Settings under <c>Ladder:Admin</c>.</summary>
public sealed class AdminOptions
{
    public const string Section = "Ladder:Admin";

    /// <summary>The admin credential (or $LADDER_ADMIN_TOKEN). Without it the admin pages are disabled.</summary>
    public string? Token { get; set; }

    /// <summary>Admin requests per client IP address per minute, so a wrong credential cannot be guessed quickly.</summary>
    public int RequestsPerMinute { get; set; } = 20;
}
