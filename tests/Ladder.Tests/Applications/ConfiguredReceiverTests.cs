using Ladder.Web.Site;
using Ladder.Web.Hosting;
using System.Net;

namespace Ladder.Tests.Applications;

/// <summary>The operator named in Ladder:Site:Operator is who the form and its confirmation say receives the application.</summary>
public sealed class ConfiguredReceiverTests(ShippedCatalogFixture catalog) : ApplyServerTests(catalog, new Dictionary<string, string?>
{
    ["Ladder:Site:Operator:Name"] = "Harbour Careers Ltd",
    ["Ladder:Site:Operator:Contact"] = "https://harbour.example/contact",
    ["Ladder:Site:Operator:NextSteps"] = "A Harbour adviser calls you within five working days.",
}), IClassFixture<ShippedCatalogFixture>
{
    [Fact]
    public async Task The_form_and_the_confirmation_name_the_configured_operator_and_what_happens_next()
    {
        var opened = await FormPage.OpenAsync(Client);
        var formHtml = await Client.GetStringAsync("/apply?role=registered-nurses");
        Assert.Contains("Your application goes to <strong>Harbour Careers Ltd</strong>, who runs this site.", formHtml);
        Assert.Contains("<a href=\"https://harbour.example/contact\">https://harbour.example/contact</a>", formHtml);
        Assert.Contains("<strong>What happens next:</strong> A Harbour adviser calls you within five working days.", formHtml);
        Assert.DoesNotContain(Ladder.Web.Site.SiteOperator.DemoContact, formHtml);

        using var response = await FormPage.PostAsync(Client, FormPage.Filled(opened));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var confirmation = await Client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Application received", confirmation);
        Assert.Contains("Your application went to <strong>Harbour Careers Ltd</strong>, who runs this site.", confirmation);
        Assert.Contains("<a href=\"https://harbour.example/contact\">", confirmation);
        Assert.Contains("A Harbour adviser calls you within five working days.", confirmation);
    }
}
