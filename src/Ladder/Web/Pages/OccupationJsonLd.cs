using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ladder.Guides;

namespace Ladder.Web.Pages;

/// <summary>schema.org <c>Occupation</c> JSON-LD for a guide, safe to embed in a script element.</summary>
public static class OccupationJsonLd
{
    // The default encoder escapes '<', '>' and '&', so "</script>" can never appear in the output.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Default };

    public static string Write(Guide guide, string url)
    {
        using var stream = new MemoryStream(4096);
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "Occupation");
            w.WriteString("name", guide.Title);
            w.WriteString("description", guide.Summary);
            w.WriteString("url", url);
            w.WriteStartArray("occupationalCategory");
            foreach (var code in guide.Codes)
            {
                w.WriteStartObject();
                w.WriteString("@type", "CategoryCode");
                w.WriteString("codeValue", code);
                w.WriteString("inCodeSet", "O*NET-SOC 2019");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (guide.Wages is { } wages && wages.Median is not null)
            {
                w.WriteStartArray("estimatedSalary");
                w.WriteStartObject();
                w.WriteString("@type", "MonetaryAmountDistribution");
                w.WriteString("name", $"BLS OEWS {wages.Release} national annual wages, SOC {wages.Soc}");
                w.WriteString("currency", "USD");
                w.WriteString("duration", "P1Y");
                Number(w, "percentile10", wages.P10);
                Number(w, "percentile25", wages.P25);
                Number(w, "median", wages.Median);
                Number(w, "percentile75", wages.P75);
                Number(w, "percentile90", wages.P90);
                w.WriteEndObject();
                w.WriteEndArray();
            }
            w.WriteStartArray("occupationLocation");
            w.WriteStartObject();
            w.WriteString("@type", "Country");
            w.WriteString("name", "US");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("skills");
            foreach (var skill in guide.Skills.Take(12)) w.WriteStringValue(skill.Name);
            w.WriteEndArray();
            w.WriteString("qualifications", guide.BreakIn.Education);
            w.WriteString("educationRequirements", guide.BreakIn.Education);
            w.WriteString("experienceRequirements", guide.BreakIn.JobZoneSummary);
            w.WriteStartArray("responsibilities");
            foreach (var task in guide.Tasks.Take(6)) w.WriteStringValue(task);
            w.WriteEndArray();
            if (guide.AlternateTitles.Count > 0)
            {
                w.WriteStartArray("alternateName");
                foreach (var alt in guide.AlternateTitles.Take(10)) w.WriteStringValue(alt);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
    }
}
