namespace Ladder.Applications;

/// <summary>Where the applications database is, kept apart from the catalog so a re-import never touches it.</summary>
public static class ApplicationPaths
{
    public const string DatabaseVariable = "LADDER_APPLICATIONS_DB";
    public const string ConnectionVariable = "LADDER_APPLICATIONS_CONNECTION";
    /// <summary>The configuration key <c>Ladder:Applications:ConnectionString</c> as an environment variable.</summary>
    public const string ConfigurationConnectionVariable = "Ladder__Applications__ConnectionString";
    public const string FileName = "applications.db";

    /// <summary>--applications-db, else $LADDER_APPLICATIONS_DB, else <c>applications.db</c> beside the catalog database.</summary>
    public static string SqliteDatabase(string? explicitPath, string catalogPath, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(explicitPath)) return Path.GetFullPath(explicitPath);
        var fromEnv = environment(DatabaseVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv)) return Path.GetFullPath(fromEnv);
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(catalogPath)) ?? ".", FileName);
    }

    /// <summary>The PostgreSQL connection string from the environment, if one is set.</summary>
    public static string? ConnectionString(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var value = environment(ConfigurationConnectionVariable);
        if (string.IsNullOrWhiteSpace(value)) value = environment(ConnectionVariable);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
