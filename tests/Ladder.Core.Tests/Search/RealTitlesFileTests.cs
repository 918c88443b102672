using System.IO.Compression;
using System.Text;
using Ladder.Search;

namespace Ladder.Tests.Core.Search;

/// <summary>The shipped real-title files (data/titles) and the errors a broken one gives.</summary>
public sealed class RealTitlesFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ladder-real-titles-{Guid.NewGuid():N}.tsv.gz");

    [Fact]
    public void The_shipped_files_hold_the_tuning_halves_with_valid_codes()
    {
        var employer = RealTitles.Read(RealTitles.EmployerFile);
        var census = RealTitles.Read(RealTitles.CensusFile);
        Assert.Equal(2962, employer.Count);
        Assert.Equal(1655, census.Count);
        Assert.Contains(employer, t => t.Text == "SAP CRM CONSULTANT" && t.Socs.Contains("15-1211"));
        // No report-only title from the test samples is shipped.
        var shipped = employer.Concat(census).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var file in new[] { "h1b-report-sample.tsv", "census-report-sample.tsv" })
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "testdata", "titles", file)))
                Assert.DoesNotContain(line.Split('\t')[0], shipped);
    }

    [Theory]
    [InlineData("JAVA DEVELOPER\t15-1252\nDATA ANALYST\t15-2O51\n", "line 2, column 14", "\"15-2O51\"")]
    [InlineData("JAVA DEVELOPER\t15-1252|151253\n", "line 1, column 24", "\"151253\"")]
    [InlineData("JAVA DEVELOPER 15-1252\n", "line 1, column 1", "title<TAB>soc")]
    public void A_broken_line_names_the_file_line_and_column(string content, string where, string what)
    {
        Write(content);
        var error = Assert.Throws<InvalidDataException>(() => RealTitles.Read(_path));
        Assert.Contains(_path, error.Message);
        Assert.Contains(where, error.Message);
        Assert.Contains(what, error.Message);
    }

    private void Write(string content)
    {
        using var file = File.Create(_path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
    }

    public void Dispose() => File.Delete(_path);
}
