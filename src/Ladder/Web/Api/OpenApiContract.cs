using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ladder.Web.Api;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, shaped so a client generator can trust it and <c>redocly lint</c>
/// (recommended rules) passes: document-wide facts here, per-operation facts in <see cref="OpenApiOperations"/>,
/// schema examples in <see cref="OpenApiExamples"/>. tests/Ladder.ApiContract.Tests holds it to that.
/// </summary>
public static class OpenApiContract
{
    public const string AdminScheme = "adminToken";

    /// <summary>The code has no licence file yet, so the document says so plainly; the data licences are in the description.</summary>
    public const string CodeLicenceName = "Proprietary: all rights reserved (the code is not yet published under an open licence)";
    public const string CodeLicenceIdentifier = "LicenseRef-Ladder-Proprietary";

    public static IServiceCollection AddLadderOpenApi(this IServiceCollection services)
    {
        // Numbers are numbers: without this every numeric schema also allows a string, which generators turn into unions.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddSingleton<OpenApiExamples>();
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer(DescribeDocument);
            o.AddOperationTransformer(OpenApiOperations.Describe);
            o.AddSchemaTransformer((schema, context, _) =>
            {
                context.ApplicationServices.GetRequiredService<OpenApiExamples>().Apply(schema, context.JsonTypeInfo.Type);
                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken _)
    {
        // The same attribution and citation every list answer carries in its meta, for the catalog being served.
        var meta = ApiMeta.For(context.ApplicationServices.GetRequiredService<Ladder.Web.Site.SiteData>());
        document.Info.Title = "Ladder API";
        document.Info.Version = "1.0.0";
        document.Info.Description =
            "Career guides for every O*NET occupation and Ladder's curated tech roles: pay, skills, tools, career ladders, " +
            "transitions and gap analysis. Every error is an RFC 9457 ProblemDetails body. The contract lives under /api/v1; " +
            "/api is an alias of the same operations.\n\n" +
            "Data attribution: " + meta.Attribution + " (CC BY 4.0: https://creativecommons.org/licenses/by/4.0/)\n\n" + meta.Citation;
        document.Info.License = new OpenApiLicense { Name = CodeLicenceName, Identifier = CodeLicenceIdentifier };
        // A server URL ending in '/' doubles the slash before every path a client appends.
        foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
        document.Tags = new HashSet<OpenApiTag>(ApiTags.All.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[AdminScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The admin token (Ladder:Admin:Token or LADDER_ADMIN_TOKEN) as 'Authorization: Bearer TOKEN'. " +
                "Browsers may send it as the password of HTTP Basic instead.",
        };
        return Task.CompletedTask;
    }
}
