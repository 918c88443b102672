using System.Data.Common;

namespace Ladder.Applications;

/// <summary>Maps a row selected with <see cref="Select"/> to a <see cref="StoredApplication"/>, for both dialects.</summary>
internal static class StoredApplicationReader
{
    public const string Select =
        "id, reference, submitted_at, name, email, current_title, target_role_slug, target_role_title, years_of_experience, location, message";

    public static StoredApplication Read(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> readTime) => new()
    {
        Id = reader.GetInt64(0),
        Reference = reader.GetString(1),
        SubmittedAt = readTime(reader, 2),
        Name = reader.GetString(3),
        Email = reader.GetString(4),
        CurrentRole = reader.GetString(5),
        TargetRoleSlug = reader.GetString(6),
        TargetRoleTitle = reader.GetString(7),
        YearsOfExperience = reader.GetInt32(8),
        Location = reader.IsDBNull(9) ? null : reader.GetString(9),
        Message = reader.GetString(10),
    };
}
