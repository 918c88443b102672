namespace Ladder.Web.Api;

/// <summary>Marks an endpoint that needs the admin token, so the OpenAPI document puts the security scheme on it alone.</summary>
public sealed class AdminOperationMetadata
{
    public static AdminOperationMetadata Instance { get; } = new();

    private AdminOperationMetadata() { }
}
