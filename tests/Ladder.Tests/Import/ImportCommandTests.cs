using Ladder.Storage;
using Ladder.Tests.Fixtures;

namespace Ladder.Tests.Import;

[Collection(LadderCliCollection.Name)]
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_missing_onet_folder_exits_1_with_a_clear_message_and_no_stack_trace()
    {
        var db = _folder.File("ladder.db");

        var run = LadderRun.Of("--db", db, "import", "--onet", "/nonexistent");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("/nonexistent: no such folder or .zip file.", run.All);
        Assert.Contains("The existing catalog database was not changed.", run.All);
        Assert.DoesNotContain("   at ", run.All);
        Assert.False(File.Exists(db));
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Import_errors_are_written_to_stderr_not_stdout()
    {
        var run = LadderRun.Of("--db", _folder.File("ladder.db"), "import", "--onet", "/nonexistent");

        Assert.Contains("/nonexistent: no such folder or .zip file.", run.Error);
        Assert.DoesNotContain("no such folder", run.Out);
    }

    [Fact]
    public void A_missing_oews_table_exits_1_and_names_the_file_on_one_line()
    {
        var missing = _folder.File("national_M2025_dl.xlsx");

        var run = LadderRun.Of("--db", _folder.File("ladder.db"), "import", "--oews", missing);

        Assert.True(run.ExitCode == 1, run.ToString());
        // Editors and CI logs find "file:line:column: problem" only when it is not wrapped at 80 columns.
        Assert.Contains($"{missing}: no such file. Expected a BLS national_MYYYY_dl.xlsx", run.All);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public void Import_prints_outlook_coverage()
    {
        var run = LadderRun.Of("--db", _folder.File("ladder.db"), "import");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Outlook and the way in: coverage", run.Out);
        Assert.Matches(@"Outlook \(projected change 2024–34\)\s*│\s*9\d\d of 1,016 occupations", run.Out);
        Assert.Matches(@"Programmes of study \(CIP\)\s*│\s*\d[\d,]* of 1,016 occupations", run.Out);
        Assert.Contains("Projections: U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (832 occupations)", run.Out);
    }

    [Fact]
    public void An_occupation_left_out_of_the_families_given_by_flag_fails_the_import_naming_it()
    {
        // A careers expert edits a copy of the families and imports it: dropping Tapers from every family must fail
        // the whole import with the code named, and leave no catalog behind.
        var families = _folder.File("families");
        Directory.CreateDirectory(families);
        foreach (var file in Directory.GetFiles(LadderPaths.ShippedFamilies, "*.yaml"))
            File.WriteAllText(Path.Combine(families, Path.GetFileName(file)),
                string.Join("\n", File.ReadAllLines(file).Where(l => !l.Contains("47-2082.00", StringComparison.Ordinal))));
        var db = _folder.File("ladder.db");

        var run = LadderRun.Of("--db", db, "import", "--families", families, "--hazards", LadderPaths.ShippedHazards);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("47-2082.00 Tapers is in no family", run.Error);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void A_missing_hazards_folder_given_by_flag_is_refused_by_name()
    {
        var run = LadderRun.Of("--db", _folder.File("ladder.db"), "import", "--hazards", "/nonexistent-hazards");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("/nonexistent-hazards", run.Error);
    }
}
