using Ladder.Storage;

namespace Ladder.Tests.Core.Storage;

public sealed class LadderPathsTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static readonly Func<string, string?> Everything = Environment(
        ("LADDER_DB", "/env/ladder.db"), ("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/ada"));

    [Fact]
    public void The_db_option_wins_over_every_environment_variable()
    {
        Assert.Equal("/opt/catalog.db", LadderPaths.CatalogDatabase("/opt/catalog.db", Everything));
    }

    [Fact]
    public void A_relative_db_option_is_made_absolute()
    {
        Assert.Equal(Path.GetFullPath("catalog.db"), LadderPaths.CatalogDatabase("catalog.db", Everything));
    }

    [Fact]
    public void Ladder_db_wins_over_the_xdg_data_folder()
    {
        Assert.Equal("/env/ladder.db", LadderPaths.CatalogDatabase(null, Everything));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_db_option_falls_back_to_ladder_db(string blank)
    {
        Assert.Equal("/env/ladder.db", LadderPaths.CatalogDatabase(blank, Everything));
    }

    [Fact]
    public void Xdg_data_home_wins_over_home()
    {
        var env = Environment(("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/ada"));

        Assert.Equal("/xdg/ladder/ladder.db", LadderPaths.CatalogDatabase(null, env));
    }

    [Fact]
    public void Without_xdg_data_home_the_database_lives_under_home_local_share()
    {
        var env = Environment(("HOME", "/home/ada"));

        Assert.Equal("/home/ada/.local/share/ladder/ladder.db", LadderPaths.CatalogDatabase(null, env));
    }

    [Fact]
    public void A_relative_xdg_data_home_is_ignored_as_the_xdg_spec_requires()
    {
        var env = Environment(("XDG_DATA_HOME", "relative/data"), ("HOME", "/home/ada"));

        Assert.Equal("/home/ada/.local/share/ladder/ladder.db", LadderPaths.CatalogDatabase(null, env));
    }

    [Fact]
    public void Blank_variables_are_treated_as_unset()
    {
        var env = Environment(("LADDER_DB", " "), ("XDG_DATA_HOME", ""), ("HOME", "/home/ada"));

        Assert.Equal("/home/ada/.local/share/ladder/ladder.db", LadderPaths.CatalogDatabase(null, env));
    }
}
