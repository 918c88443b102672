using System.Text.RegularExpressions;

namespace Ladder.Tests.Applications;

/// <summary>Loads /apply like a browser and fills in the form it returns, hidden fields included.</summary>
public static partial class FormPage
{
    public static async Task<Dictionary<string, string>> OpenAsync(HttpClient client, string path = "/apply?role=machine-learning-engineer")
    {
        var html = await client.GetStringAsync(path);
        return HiddenFields(html);
    }

    /// <summary>The antiforgery token and idempotency key a form page carries.</summary>
    public static Dictionary<string, string> HiddenFields(string html)
    {
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(html, "__RequestVerificationToken"),
            ["idempotencyKey"] = Hidden(html, "idempotencyKey"),
        };
    }

    public static Dictionary<string, string> Filled(Dictionary<string, string> hidden, string name = "Grace Hopper")
    {
        var form = new Dictionary<string, string>(hidden)
        {
            ["name"] = name,
            ["email"] = "grace@example.com",
            ["currentRole"] = "Software Developer",
            ["targetRole"] = "machine-learning-engineer",
            ["yearsOfExperience"] = "7",
            ["location"] = "",
            ["message"] = "Hello",
            ["consent"] = "yes",
            ["website"] = "",
        };
        return form;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> form) =>
        client.PostAsync("/apply", new FormUrlEncodedContent(form));

    private static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"hidden field {name} is on the form");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
