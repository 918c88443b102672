using Ladder.Applications;

namespace Ladder.Tests.Core.Applications;

public sealed class ApplicationValidatorTests(ShippedCatalogFixture fixture) : IClassFixture<ShippedCatalogFixture>
{
    private readonly ApplicationValidator _validator = new(fixture.Engine);

    private static ApplicationInput Valid() => new()
    {
        Name = "  Grace Hopper ",
        Email = "grace@example.com",
        CurrentRole = "Software Developer",
        TargetRole = "machine-learning-engineer",
        YearsOfExperience = 7,
        Location = "Arlington, VA",
        Message = "Hello\r\nthere\ttab",
        Consent = true,
    };

    [Fact]
    public void A_complete_submission_is_valid_trimmed_and_gets_a_key()
    {
        var application = Assert.IsType<ApplicationValidation.Valid>(_validator.Validate(Valid())).Application;
        Assert.Equal("Grace Hopper", application.Name);
        Assert.Equal("machine-learning-engineer", application.TargetRoleSlug);
        Assert.Equal("Machine Learning Engineer", application.TargetRoleTitle);
        Assert.True(ApplicationValidator.IsValidIdempotencyKey(application.IdempotencyKey));
    }

    [Theory]
    [InlineData("15-2051.00", "data-scientists")]
    [InlineData("MACHINE-LEARNING-ENGINEER", "machine-learning-engineer")]
    [InlineData("data-scientists", "data-scientists")]
    public void Target_role_is_a_slug_or_a_code(string given, string slug)
    {
        var application = Assert.IsType<ApplicationValidation.Valid>(_validator.Validate(Valid() with { TargetRole = given })).Application;
        Assert.Equal(slug, application.TargetRoleSlug);
    }

    [Theory]
    [InlineData("name", null)]
    [InlineData("email", "not-an-email")]
    [InlineData("email", "a@b")]
    [InlineData("email", "two@@example.com")]
    [InlineData("currentRole", "   ")]
    [InlineData("targetRole", "astronaut-wizard")]
    [InlineData("targetRole", "'; DROP TABLE applications; --")]
    [InlineData("name", "tab\tin name")]
    [InlineData("name", "nul\0byte")]
    [InlineData("message", "lone {HIGH-SURROGATE} surrogate")]
    [InlineData("location", "line\nbreak")]
    public void A_bad_field_is_reported_by_its_name(string field, string? value)
    {
        // Attribute strings are stored as UTF-8, which cannot hold a lone surrogate, so it is made here.
        value = value?.Replace("{HIGH-SURROGATE}", "\ud800", StringComparison.Ordinal);
        var input = field switch
        {
            "name" => Valid() with { Name = value },
            "email" => Valid() with { Email = value },
            "currentRole" => Valid() with { CurrentRole = value },
            "targetRole" => Valid() with { TargetRole = value },
            "message" => Valid() with { Message = value },
            "location" => Valid() with { Location = value },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        var invalid = Assert.IsType<ApplicationValidation.Invalid>(_validator.Validate(input));
        Assert.Equal([field], invalid.Errors.Keys);
    }

    [Fact]
    public void Message_may_be_4000_characters_but_not_4001()
    {
        Assert.IsType<ApplicationValidation.Valid>(_validator.Validate(Valid() with { Message = new string('x', 4000) }));
        var invalid = Assert.IsType<ApplicationValidation.Invalid>(_validator.Validate(Valid() with { Message = new string('x', 4001) }));
        Assert.Contains("4,000", invalid.Errors["message"][0]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(-1)]
    [InlineData(71)]
    public void Years_of_experience_must_be_a_plausible_whole_number(int? years)
    {
        var invalid = Assert.IsType<ApplicationValidation.Invalid>(_validator.Validate(Valid() with { YearsOfExperience = years }));
        Assert.Equal(["yearsOfExperience"], invalid.Errors.Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void Consent_is_required(bool? consent)
    {
        var invalid = Assert.IsType<ApplicationValidation.Invalid>(_validator.Validate(Valid() with { Consent = consent }));
        Assert.Equal(["consent"], invalid.Errors.Keys);
    }

    [Fact]
    public void An_empty_submission_lists_every_required_field()
    {
        var invalid = Assert.IsType<ApplicationValidation.Invalid>(_validator.Validate(new ApplicationInput()));
        Assert.Equal(["name", "email", "currentRole", "targetRole", "yearsOfExperience", "consent"], invalid.Errors.Keys);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("<script>")]
    public void A_malformed_idempotency_key_is_refused(string key)
    {
        var invalid = Assert.IsType<ApplicationValidation.Invalid>(_validator.Validate(Valid() with { IdempotencyKey = key }));
        Assert.Equal(["idempotencyKey"], invalid.Errors.Keys);
    }
}
