using System.Text.Encodings.Web;
using System.Text.Json;
using Ladder.Search;

namespace Ladder.Cli.Search;

/// <summary>The <c>--json</c> shape: an array of { title, code, kind, score, matched, seniority, soc }.</summary>
internal static class SearchJson
{
    public static void Write(TextWriter output, IReadOnlyList<TitleMatch> matches)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var m in matches)
            {
                json.WriteStartObject();
                json.WriteString("title", m.Title);
                json.WriteString("code", m.Code);
                json.WriteString("kind", Ladder.Catalog.RoleKindNames.Name(m.Kind));
                json.WriteNumber("score", m.Score);
                json.WriteString("matched", m.Matched);
                if (m.Seniority is null) json.WriteNull("seniority");
                else json.WriteString("seniority", m.Seniority);
                json.WriteString("soc", m.Soc);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
