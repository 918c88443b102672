using System.Text.Json;
using Ladder.Applications;

namespace Ladder.Tests.Core.Applications;

public sealed class ApplicationExportTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Csv_cells_are_quoted_and_formulas_defused(string value, string expected) => Assert.Equal(expected, ApplicationExport.CsvCell(value));

    private static StoredApplication Sample() => new()
    {
        Id = 1,
        Reference = "LAD-0000-0001",
        SubmittedAt = new DateTimeOffset(2026, 5, 1, 12, 30, 0, TimeSpan.Zero),
        Name = "=cmd|' /C calc'!A0",
        Email = "eve@example.com",
        CurrentRole = "Analyst, Senior",
        TargetRoleSlug = "data-scientists",
        TargetRoleTitle = "Data Scientists",
        YearsOfExperience = 3,
        Location = null,
        Message = "<script>alert(1)</script>",
    };

    [Fact]
    public void Csv_has_a_header_and_one_safe_line_per_application()
    {
        var writer = new StringWriter();
        ApplicationExport.WriteCsv(writer, [Sample()]);
        var lines = writer.ToString().Split("\r\n");
        Assert.Equal(string.Join(',', ApplicationExport.CsvHeader), lines[0]);
        Assert.Equal("LAD-0000-0001,2026-05-01T12:30:00Z,'=cmd|' /C calc'!A0,eve@example.com,\"Analyst, Senior\",data-scientists,Data Scientists,3,,<script>alert(1)</script>", lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Fact]
    public void Json_round_trips_every_field()
    {
        using var buffer = new MemoryStream();
        ApplicationExport.WriteJson(buffer, [Sample()]);
        using var document = JsonDocument.Parse(buffer.ToArray());
        var item = document.RootElement[0];
        Assert.Equal("LAD-0000-0001", item.GetProperty("reference").GetString());
        Assert.Equal("=cmd|' /C calc'!A0", item.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("location").ValueKind);
        Assert.Equal(3, item.GetProperty("yearsOfExperience").GetInt32());
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 12, 30, 0, TimeSpan.Zero), item.GetProperty("submittedAt").GetDateTimeOffset());
    }
}
