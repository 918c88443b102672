namespace Ladder.Web.Site;

/// <summary>
/// Who runs this site and so receives its applications, from <c>Ladder:Site:Operator</c> (Name, Contact, NextSteps).
/// The apply page and its confirmation both say it, so nobody sends their details without knowing where they go.
/// </summary>
public sealed class SiteOperator
{
    public const string DemoName = "the Ladder demo team";
    public const string DemoContact = "applications@ladder.example";

    public string Name { get; set; } = DemoName;

    /// <summary>An email address or an http(s) address where applicants can write about their application.</summary>
    public string Contact { get; set; } = DemoContact;

    /// <summary>What happens after sending, in the operator's words; empty uses <see cref="DefaultNextSteps"/>.</summary>
    public string? NextSteps { get; set; }

    public string NextStepsText => string.IsNullOrWhiteSpace(NextSteps) ? DefaultNextSteps : NextSteps;

    private string DefaultNextSteps =>
        $"You get a reference number straight away. {Capitalized(Name)} reads your application and replies to the email address you give.";

    /// <summary>The contact as a link target: mailto: for an address, the URL itself for a web page, else none.</summary>
    public string? ContactHref =>
        Contact.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || Contact.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? Contact
        : Contact.Contains('@') && !Contact.Contains(' ') ? "mailto:" + Contact
        : null;

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
