using System.Net.Http.Headers;
using Ladder.ApiClient;
using Ladder.ApiClient.Models;
using Ladder.ApiClientConsumer;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

// Usage: ApiClientConsumer BASE_URL ADMIN_TOKEN. Prints "ok <operationId>" per operation that answered as the
// contract says; any surprise throws, so the process exits non-zero with the reason.
if (args.Length != 2) throw new ArgumentException("Usage: ApiClientConsumer BASE_URL ADMIN_TOKEN");
var baseUrl = args[0].TrimEnd('/');

using var http = KiotaClientFactory.Create();
var client = new LadderClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl });
// Kiota's bearer provider refuses plain http, so the admin client sends the header itself (the server is on loopback).
using var adminHttp = KiotaClientFactory.Create();
adminHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", args[1]);
var admin = new LadderClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: adminHttp) { BaseUrl = baseUrl });

var roles = Check.Present(await client.Api.V1.Roles.GetAsync(c => c.QueryParameters.Domain = "data-ai"), "listRoles");
Check.That(roles.Count == roles.Items?.Count && roles.Count > 0, "listRoles: count matches the items");
Check.That(roles.Items!.All(r => r.Domain == "Data & AI"), "listRoles: every role is in the domain asked for");
Check.That(roles.Meta?.Attribution?.Contains("CC BY 4.0") == true, "listRoles: meta carries the O*NET attribution");
Check.Ok("listRoles", $"{roles.Count} roles in Data & AI");

var guide = Check.Present(await client.Api.V1.Roles["data-scientist"].GetAsync(), "getGuide");
Check.That(guide.Slug == "data-scientist" && !string.IsNullOrEmpty(guide.Title), "getGuide: slug and title");
Check.That(guide.Skills is { Count: > 0 } && guide.Skills.All(s => !string.IsNullOrEmpty(s.Name)), "getGuide: typed skills");
Check.Ok("getGuide", $"{guide.Title}, {guide.Skills!.Count} skills, {guide.Levels?.Count ?? 0} levels");

var search = Check.Present(await client.Api.V1.Search.GetAsync(c => { c.QueryParameters.Q = "senior data scientist"; c.QueryParameters.Limit = 3; }), "searchRoles");
var top = Check.Present(search.Items?.FirstOrDefault(), "searchRoles: a first item");
Check.That(top.Slug == "data-scientist" || top.Slug == "data-scientists", $"searchRoles: best match is data science, not {top.Slug}");
Check.That(top.Score is > 0 and <= 1 && !string.IsNullOrEmpty(top.Matched) && top.Seniority == "senior", "searchRoles: score, matched and seniority");
Check.Ok("searchRoles", $"{top.Title} score {top.Score} ({top.Matched}; seniority {top.Seniority})");

var compare = Check.Present(await client.Api.V1.Compare.GetAsync(c => { c.QueryParameters.A = "data-scientist"; c.QueryParameters.B = "statisticians"; }), "compareRoles");
Check.That(compare.A is not null && compare.B is not null, "compareRoles: both sides");
Check.That(compare.Meta?.Attribution?.Contains("CC BY 4.0") == true, "compareRoles: meta carries the O*NET attribution");
Check.Ok("compareRoles", "both sides with their provenance");

var states = Check.Present(await client.Api.V1.Roles["registered-nurses"].States.GetAsync(), "getRoleStates");
Check.That(states.Count == 51 && states.Items?.Count == 51 && states.Soc == "29-1141", "getRoleStates: 50 states and DC for SOC 29-1141");
var california = Check.Present(states.Items!.FirstOrDefault(i => i.State == "CA"), "getRoleStates: California");
Check.That(california.Fips == "06" && california.Median == 140270 && california.Published == true, "getRoleStates: California's BLS median");
Check.That(states.AsOf == "May 2025" && states.Source?.Contains("state estimates") == true, "getRoleStates: source and as-of date");
var wyoming = Check.Present((await client.Api.V1.Roles["data-scientists"].States.GetAsync(c => c.QueryParameters.State = "WY"))?.Items?.SingleOrDefault(), "getRoleStates: one state");
Check.That(wyoming.Published == false && wyoming.Median is null && wyoming.Employment is null, "getRoleStates: unpublished figures are null");
Check.Ok("getRoleStates", $"{states.Count} states, California median {california.Median}");

var domains = Check.Present(await client.Api.V1.Domains.GetAsync(), "listDomains");
Check.That(domains.Items?.Any(d => d.Slug == "data-ai" && d.Roles > 0) == true, "listDomains: Data & AI with roles");
Check.Ok("listDomains", $"{domains.Count} domains");

var moves = Check.Present(await client.Api.V1.Transitions["data-scientist"].GetAsync(c => c.QueryParameters.Limit = 3), "listTransitions");
Check.That(moves.Role?.Slug == "data-scientist" && moves.OutOf is { Count: > 0 and <= 3 }, "listTransitions: moves out of the role");
Check.Ok("listTransitions", $"{moves.OutOf!.Count} moves out, {moves.Into?.Count ?? 0} in");

var gap = Check.Present(await client.Api.V1.Gap.PostAsync(new GapRequest { Target = "data-scientist", Skills = ["Python", "SQL"] }), "analyzeGap");
Check.That(gap.Target?.Slug == "data-scientist" && gap.Recognized is { Count: > 0 } && gap.Missing is { Count: > 0 }, "analyzeGap: recognized and missing skills");
Check.Ok("analyzeGap", $"{gap.MatchPercent}% match, {gap.Missing!.Count} missing");

var discover = Check.Present(await client.Api.V1.Discover.GetAsync(c =>
{
    c.QueryParameters.Realistic = 1; c.QueryParameters.Investigative = 1; c.QueryParameters.Artistic = 7;
    c.QueryParameters.Social = 1; c.QueryParameters.Enterprising = 1; c.QueryParameters.Conventional = 1;
    c.QueryParameters.JobZone = 3; c.QueryParameters.Limit = 5;
}), "discoverCareers");
Check.That(discover.Items is { Count: 5 } && discover.Items.All(i => i.JobZone == 3 && i.Fit is > 0 and <= 1 && !string.IsNullOrEmpty(i.Slug)), "discoverCareers: five zone-3 careers with a fit");
Check.That(discover.Items![0].HighPoints?.FirstOrDefault() == "Artistic" && discover.Profile?.Code == "A", "discoverCareers: an artistic profile lists an artistic career first");
Check.Ok("discoverCareers", $"{discover.Items[0].Title} fit {discover.Items[0].Fit}");

var key = Guid.NewGuid().ToString("N");
var receipt = Check.Present(await client.Api.V1.Applications.PostAsync(new ApplicationRequest
{
    Name = "Grace Hopper", Email = "grace@example.org", CurrentRole = "Analyst", TargetRole = "data-scientist",
    YearsOfExperience = 4, Location = "Arlington", Message = "I would like to move into data science.", Consent = true,
}, c => c.Headers.Add("Idempotency-Key", key)), "submitApplication");
Check.That(receipt.Reference?.StartsWith("LAD-", StringComparison.Ordinal) == true && receipt.TargetRole == "data-scientist" && receipt.Replayed == false, "submitApplication: a new reference");
Check.Ok("submitApplication", receipt.Reference!);

var stored = Check.Present(await admin.Api.V1.Applications[receipt.Reference!].GetAsync(), "getApplication");
Check.That(stored.Reference == receipt.Reference && stored.Email == "grace@example.org" && stored.YearsOfExperience == 4, "getApplication: the stored fields");
Check.Ok("getApplication", $"{stored.Name} → {stored.TargetRoleTitle}");

await using (var page = Check.Present(await admin.Admin.Applications.GetAsync(), "listApplicationsPage"))
{
    var html = await new StreamReader(page).ReadToEndAsync();
    Check.That(html.Contains(receipt.Reference!, StringComparison.Ordinal), "listApplicationsPage: lists the new application");
}
Check.Ok("listApplicationsPage", "lists the new application");

await Check.ProblemAsync<ProblemDetails>(() => client.Api.V1.Roles["no-such-role"].GetAsync(), 404, p => p.Status == 404 && p.Detail?.Contains("no-such-role") == true);
await Check.ProblemAsync<ProblemDetails>(() => client.Api.V1.Gap.PostAsync(new GapRequest { Target = "data-scientist", Skills = ["qqqq zzzz"] }), 422,
    p => p.Status == 422 && p.Detail?.Contains("Nothing was recognised") == true);
await Check.ProblemAsync<ProblemDetails>(() => client.Api.V1.Applications["LAD-NOPE"].GetAsync(), 401, p => p.Status == 401);
await Check.ProblemAsync<ProblemDetails>(() => client.Api.V1.Roles["registered-nurses"].States.GetAsync(c => c.QueryParameters.State = "ZZ"), 400,
    p => p.Status == 400 && p.Detail?.Contains("No U.S. state 'ZZ'") == true);
await Check.ProblemAsync<HttpValidationProblemDetails>(() => client.Api.V1.Applications.PostAsync(new ApplicationRequest { Name = "x", Consent = false }), 400,
    p => p.Errors?.AdditionalData.ContainsKey("email") == true);
Console.WriteLine("all calls answered as the contract says");
