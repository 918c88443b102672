using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ladder.Web.Applications;

/// <summary>The JSON body of <c>POST /api/applications</c>. The idempotency key travels in the <c>Idempotency-Key</c> header.</summary>
public sealed record ApplicationRequest
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? CurrentRole { get; init; }
    public string? TargetRole { get; init; }
    public int? YearsOfExperience { get; init; }
    public string? Location { get; init; }
    public string? Message { get; init; }
    public bool? Consent { get; init; }
}

/// <summary>What the API answers for a stored submission.</summary>
public sealed record ApplicationReceipt(string Reference, string TargetRole, bool Replayed);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ApplicationRequest))]
[JsonSerializable(typeof(ApplicationReceipt))]
internal sealed partial class ApplicationJsonContext : JsonSerializerContext;
