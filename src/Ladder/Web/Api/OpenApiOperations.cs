using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ladder.Web.Api;

/// <summary>Per-operation facts that endpoint metadata cannot express: who may call it, and the headers of its 429.</summary>
internal static class OpenApiOperations
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        var admin = context.Description.ActionDescriptor.EndpointMetadata.OfType<AdminOperationMetadata>().Any();
        // Public operations say "no credentials" explicitly (an empty requirement), so no reader has to guess.
        operation.Security = admin
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiContract.AdminScheme, context.Document)] = [] }]
            : [new OpenApiSecurityRequirement()];
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status != "429" || response is not OpenApiResponse tooMany) continue;
            tooMany.Headers ??= new Dictionary<string, IOpenApiHeader>();
            tooMany.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Whole seconds to wait before sending again.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            };
        }
        return Task.CompletedTask;
    }
}
