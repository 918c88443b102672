namespace Ladder.ApiContract.Tests;

/// <summary>
/// The contract's real consumer: Kiota generates a C# client from the document the server serves, tests/ApiClientConsumer
/// compiles it and calls every operation against that server, asserting typed results and typed ProblemDetails.
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class GeneratedClientTests(ContractServer server)
{
    [Fact]
    public async Task A_kiota_client_generated_from_the_served_document_calls_every_operation_and_gets_typed_problems()
    {
        await ApiTools.EnsureInstalledAsync();
        var client = server.TempPath("kiota-client");
        var output = server.TempPath("consumer");
        (await ToolRun.RunAsync(ToolRun.Dotnet, ["tool", "run", "kiota", "generate", "--language", "CSharp", "--openapi", server.DocumentPath,
            "--output", client, "--class-name", "LadderClient", "--namespace-name", "Ladder.ApiClient", "--clean-output"],
            RepoFiles.Root, TimeSpan.FromMinutes(3))).Succeeded("kiota generate");
        Assert.True(File.Exists(Path.Combine(client, "LadderClient.cs")), "kiota wrote no LadderClient.cs");

        (await ToolRun.RunAsync(ToolRun.Dotnet, ["build", RepoFiles.Path("tests", "ApiClientConsumer", "ApiClientConsumer.csproj"), "-c", "Release",
            $"-p:GeneratedClient={client}", "-o", output, "-nodeReuse:false"], RepoFiles.Root, TimeSpan.FromMinutes(5))).Succeeded("building the generated client");

        var run = (await ToolRun.RunAsync(ToolRun.Dotnet, [Path.Combine(output, "ApiClientConsumer.dll"), server.Address.ToString(), ContractServer.AdminToken],
            RepoFiles.Root, TimeSpan.FromMinutes(2))).Succeeded("the generated client's calls");

        // Every operation the document describes was called and answered as described, plus the typed problems.
        var operations = OpenApiCompatibility.Operations(System.Text.Json.JsonDocument.Parse(server.Document).RootElement).Values.Select(OpenApiCompatibility.OperationId);
        foreach (var expected in operations.Concat(["problem-404", "problem-422", "problem-401", "problem-400"]))
            Assert.Contains($"ok {expected}:", run.Output);
    }
}
