namespace Ladder.Applications;

/// <summary>
/// The applications schema as ordered migrations, one list per dialect with the same applications tables and columns.
/// A migration is never edited once shipped: add the next one.
/// </summary>
internal static class ApplicationSchema
{
    public const string Columns =
        "reference, idempotency_key, fingerprint, submitted_at, name, email, current_title, target_role_slug, target_role_title, years_of_experience, location, message";

    public static readonly string[] Sqlite =
    [
        """
        CREATE TABLE applications (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            idempotency_key TEXT NOT NULL UNIQUE,
            fingerprint TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            name TEXT NOT NULL,
            email TEXT NOT NULL,
            current_title TEXT NOT NULL,
            target_role_slug TEXT NOT NULL,
            target_role_title TEXT NOT NULL,
            years_of_experience INTEGER NOT NULL CHECK (years_of_experience BETWEEN 0 AND 70),
            location TEXT,
            message TEXT NOT NULL CHECK (length(message) <= 4000)
        );
        CREATE INDEX applications_submitted_at ON applications (submitted_at);
        """,
    ];

    /// <summary><c>{0}</c> is the schema-qualified prefix, e.g. <c>"tenant".</c> or empty.</summary>
    public static readonly string[] Postgres =
    [
        """
        CREATE TABLE {0}applications (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            idempotency_key TEXT NOT NULL UNIQUE,
            fingerprint TEXT NOT NULL,
            submitted_at TIMESTAMPTZ NOT NULL,
            name TEXT NOT NULL,
            email TEXT NOT NULL,
            current_title TEXT NOT NULL,
            target_role_slug TEXT NOT NULL,
            target_role_title TEXT NOT NULL,
            years_of_experience INTEGER NOT NULL CHECK (years_of_experience BETWEEN 0 AND 70),
            location TEXT,
            message TEXT NOT NULL CHECK (char_length(message) <= 4000)
        );
        CREATE INDEX applications_submitted_at ON {0}applications (submitted_at);
        """,
        // PostgreSQL only: the ASP.NET Data Protection key ring shared by every instance on this database, so a form
        // fetched from one instance can be posted to another. SQLite means one machine, whose own key folder suffices.
        """
        CREATE TABLE {0}data_protection_keys (
            friendly_name TEXT PRIMARY KEY,
            xml TEXT NOT NULL,
            stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        """,
    ];
}
