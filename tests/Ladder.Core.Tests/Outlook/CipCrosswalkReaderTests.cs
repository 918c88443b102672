using System.Text;
using Ladder.Import;
using Ladder.Outlook;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Outlook;

public sealed class CipCrosswalkReaderTests : IDisposable
{
    private const string Header = "\uFEFFCIP2020Code,CIP2020Title,SOC2018Code,SOC2018Title";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(params string[] lines)
    {
        var path = _folder.File("CIP2020_SOC2018_Crosswalk.csv");
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void The_shipped_crosswalk_links_registered_nursing_to_registered_nurses_and_drops_unmatched_rows()
    {
        var crosswalk = CipCrosswalkReader.Read(ShippedData.Crosswalk);

        Assert.Contains(crosswalk.Rows, r => r is { CipCode: "51.3801", Soc: "29-1141", Title: "Registered Nursing/Registered Nurse" });
        Assert.Contains(crosswalk.Rows, r => r is { CipCode: "46.0302", Soc: "47-2111" });
        Assert.DoesNotContain(crosswalk.Rows, r => r.Soc == "99-9999" || r.CipCode == "99.9999");
        Assert.True(crosswalk.UnmatchedRows > 0);
        Assert.True(crosswalk.Rows.Count > 5000);
    }

    [Fact]
    public void Quoted_titles_with_commas_and_doubled_quotes_are_read_whole()
    {
        var crosswalk = CipCrosswalkReader.Read(Write(Header, "01.0000,\"Agriculture, \"\"General\"\".\",19-1011,Animal Scientists"));

        Assert.Equal("Agriculture, \"General\"", Assert.Single(crosswalk.Rows).Title);
    }

    [Fact]
    public void A_malformed_cip_code_names_the_line_and_the_column_where_the_cell_starts()
    {
        var ex = Assert.Throws<DataFileException>(() => CipCrosswalkReader.Read(Write(Header, "01.0000,Agriculture,19-1011,Animal Scientists", "1.01,Agronomy,19-1013,Soil Scientists")));

        Assert.Equal((3, 1), (ex.Line, ex.Column));
        Assert.Contains("expected a CIP code like 11.0701", ex.Problem);
    }

    [Fact]
    public void A_malformed_soc_code_points_at_the_third_cell()
    {
        var ex = Assert.Throws<DataFileException>(() => CipCrosswalkReader.Read(Write(Header, "01.0000,\"Agriculture, General.\",191011,Animal Scientists")));

        Assert.Equal((2, 33), (ex.Line, ex.Column));
        Assert.Contains("'191011'", ex.Problem);
    }

    [Fact]
    public void An_unclosed_quote_points_at_the_opening_quote()
    {
        var ex = Assert.Throws<DataFileException>(() => CipCrosswalkReader.Read(Write(Header, "01.0000,\"Agriculture,19-1011,Animal Scientists")));

        Assert.Equal((2, 9), (ex.Line, ex.Column));
        Assert.Contains("never closed", ex.Problem);
    }

    [Fact]
    public void An_older_crosswalk_header_is_refused_clearly()
    {
        var ex = Assert.Throws<DataFileException>(() => CipCrosswalkReader.Read(Write("CIP2010Code,CIP2010Title,SOC2010Code,SOC2010Title", "01.0000,Agriculture,19-1011,Animal Scientists")));

        Assert.Equal(1, ex.Line);
        Assert.Contains("Older crosswalks (CIP 2010) are not supported", ex.Problem);
    }

    [Fact]
    public void A_short_row_is_reported()
    {
        var ex = Assert.Throws<DataFileException>(() => CipCrosswalkReader.Read(Write(Header, "01.0000,Agriculture")));

        Assert.Equal(2, ex.Line);
        Assert.Contains("expected 4 columns but the row has 2", ex.Problem);
    }
}
