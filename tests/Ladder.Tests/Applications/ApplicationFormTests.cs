using System.Net;

namespace Ladder.Tests.Applications;

public sealed class ApplicationFormTests(ShippedCatalogFixture catalog) : ApplyServerTests(catalog), IClassFixture<ShippedCatalogFixture>
{

    [Fact]
    public async Task The_form_prefills_the_target_role_and_labels_every_field()
    {
        using var response = await Client.GetAsync("/apply?role=machine-learning-engineer");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<!doctype html>", html);
        Assert.Contains("<h1>Apply: Machine Learning Engineer</h1>", html);
        Assert.Contains("name=\"targetRole\" value=\"machine-learning-engineer\"", html);
        foreach (var field in new[] { "name", "email", "currentRole", "targetRole", "yearsOfExperience", "location", "message", "consent" })
        {
            Assert.Contains($"<label for=\"{field}\"", html.Replace("<label class=\"consent\" for=", "<label for=", StringComparison.Ordinal));
        }
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task An_unknown_role_in_the_link_is_shown_encoded_and_not_trusted()
    {
        var html = await Client.GetStringAsync("/apply?role=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("<h1>Apply</h1>", html);
    }

    [Fact]
    public async Task A_valid_form_redirects_to_a_page_with_the_reference()
    {
        var form = FormPage.Filled(await FormPage.OpenAsync(Client));
        using var response = await FormPage.PostAsync(Client, form);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var reference = location["/apply/submitted/".Length..];
        Assert.NotNull(await Server.Store.FindAsync(reference));
        var page = await Client.GetStringAsync(location);
        Assert.Contains($"<p class=\"reference\">{reference}</p>", page);
    }

    [Fact]
    public async Task Without_configuration_the_form_and_confirmation_name_the_demo_operator_and_what_happens_next()
    {
        var opened = await FormPage.OpenAsync(Client);
        var formHtml = await Client.GetStringAsync("/apply");
        Assert.Contains("Your application goes to <strong>the Ladder demo team</strong>, who runs this site.", formHtml);
        Assert.Contains("<a href=\"mailto:applications@ladder.example\">applications@ladder.example</a>", formHtml);
        Assert.Contains("The Ladder demo team reads your application and replies to the email address you give.", formHtml);
        using var response = await FormPage.PostAsync(Client, FormPage.Filled(opened));
        var confirmation = await Client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Your application went to <strong>the Ladder demo team</strong>", confirmation);
        Assert.Contains("mailto:applications@ladder.example", confirmation);
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_stores_it_once()
    {
        var form = FormPage.Filled(await FormPage.OpenAsync(Client));
        using var first = await FormPage.PostAsync(Client, form);
        using var second = await FormPage.PostAsync(Client, form);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await Server.Store.CountAsync());
    }

    [Fact]
    public async Task Errors_are_shown_per_field_with_the_typed_values_kept_and_encoded()
    {
        var form = FormPage.Filled(await FormPage.OpenAsync(Client), name: "<img src=x onerror=alert(1)>");
        form["email"] = "not-an-email";
        form["yearsOfExperience"] = "lots";
        form.Remove("consent");
        using var response = await FormPage.PostAsync(Client, form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is a problem", html);
        Assert.Contains("id=\"email-error\"", html);
        Assert.Contains("id=\"yearsOfExperience-error\"", html);
        Assert.Contains("id=\"consent-error\"", html);
        Assert.DoesNotContain("id=\"name-error\"", html);
        Assert.Contains("value=\"&lt;img src=x onerror=alert(1)&gt;\"", html);
        Assert.Contains("value=\"lots\"", html);
        Assert.Equal(0, await Server.Store.CountAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_not_stored()
    {
        var form = FormPage.Filled(await FormPage.OpenAsync(Client));
        form.Remove("__RequestVerificationToken");
        using var response = await FormPage.PostAsync(Client, form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Server.Store.CountAsync());
    }

    [Fact]
    public async Task A_token_from_another_browser_is_refused()
    {
        using var other = Server.Client();
        var form = FormPage.Filled(await FormPage.OpenAsync(other));
        using var response = await FormPage.PostAsync(Client, form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_filled_honeypot_looks_accepted_but_stores_nothing()
    {
        var form = FormPage.Filled(await FormPage.OpenAsync(Client));
        form["website"] = "http://spam.example";
        using var response = await FormPage.PostAsync(Client, form);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.StartsWith("/apply/submitted/LAD-", response.Headers.Location!.OriginalString);
        Assert.Equal(0, await Server.Store.CountAsync());
    }

    [Fact]
    public async Task Json_sent_to_the_form_is_415()
    {
        using var request = Submissions.Post(Submissions.Body(1));
        request.RequestUri = new Uri("/apply", UriKind.Relative);
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_reference_page_is_404()
    {
        using var response = await Client.GetAsync("/apply/submitted/%3Cscript%3E");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
