using Ladder.Applications;

namespace Ladder.Tests.Core.Applications;

/// <summary>Validated submissions for the store tests, each with its own idempotency key unless one is given.</summary>
public static class ApplicationSamples
{
    public static NewApplication New(string? key = null, string name = "Ada Lovelace", string message = "I would like to move into machine learning.") => new()
    {
        Name = name,
        Email = "ada@example.com",
        CurrentRole = "Data Analyst",
        TargetRoleSlug = "machine-learning-engineer",
        TargetRoleTitle = "Machine Learning Engineer",
        YearsOfExperience = 4,
        Location = "London",
        Message = message,
        IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
    };
}
