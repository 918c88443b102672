using Ladder.Web.Api;
using Microsoft.OpenApi;

namespace Ladder.Web.Applications;

/// <summary>How the applications endpoints appear in the OpenAPI document: names, summaries and every answer they can give.</summary>
internal static class ApplicationsApiDescription
{
    public static RouteHandlerBuilder DescribeSubmission(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("submitApplication").WithTags(ApiTags.Applications).WithSummary("Submit an application")
        .WithDescription("Stores an application to a role and answers 201 with its reference. Repeating a request with the same " +
            "Idempotency-Key answers 200 with the first reference (Idempotent-Replayed: true); the same key with different content is 409.")
        .Accepts<ApplicationRequest>("application/json")
        .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = ApplicationApiEndpoints.IdempotencyHeader,
                In = ParameterLocation.Header,
                Description = "Any unique text of up to 100 characters; a retry with the same key is answered with the first result.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
            });
            Header(operation, "201", "Location", "The stored application's address (under the prefix that was called).");
            Header(operation, "200", "Location", "The stored application's address (under the prefix that was called).");
            Header(operation, "200", "Idempotent-Replayed", "\"true\": this answers a repeated Idempotency-Key; nothing new was stored.");
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DescribeRead(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("getApplication").WithTags(ApiTags.Admin).WithSummary("Get a submitted application")
        .WithDescription("One stored application by its reference (LAD-…). Needs the admin token.")
        .WithMetadata(AdminOperationMetadata.Instance)
        .Produces<StoredApplicationDto>()
        .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static RouteHandlerBuilder DescribeAdminPage(this RouteHandlerBuilder endpoint) => endpoint
        .WithName("listApplicationsPage").WithTags(ApiTags.Admin).WithSummary("List submitted applications (HTML page)")
        .WithDescription("The admin page: up to 500 applications, oldest first, optionally from 'since' (a date). Answers HTML, " +
            "for people; use `ladder apply-export` for machine-readable exports. Needs the admin token.")
        .WithMetadata(AdminOperationMetadata.Instance)
        .Produces<string>(StatusCodes.Status200OK, "text/html")
        .Produces<string>(StatusCodes.Status400BadRequest, "text/html").Produces<string>(StatusCodes.Status401Unauthorized, "text/html")
        .Produces<string>(StatusCodes.Status403Forbidden, "text/html").ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static void Header(OpenApiOperation operation, string status, string name, string description)
    {
        if (operation.Responses?.GetValueOrDefault(status) is not OpenApiResponse response) return;
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }
}
