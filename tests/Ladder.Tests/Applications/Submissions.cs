using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ladder.Tests.Applications;

/// <summary>Builds API submissions for the tests and load generators.</summary>
public static class Submissions
{
    public static object Body(int n, string? message = null) => new
    {
        name = $"Applicant {n}",
        email = $"applicant{n}@example.com",
        currentRole = "Data Analyst",
        targetRole = n % 2 == 0 ? "machine-learning-engineer" : "15-2051.00",
        yearsOfExperience = n % 30,
        location = n % 3 == 0 ? null : "Leeds",
        message = message ?? $"Submission number {n}.",
        consent = true,
    };

    public static HttpRequestMessage Post(object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    public static HttpRequestMessage Raw(byte[] body, string contentType, string path = "/api/applications")
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    public static async Task<string> ReferenceOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("reference").GetString()!;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
