using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ladder.Applications;

/// <summary>Writes stored applications as CSV (safe to open in a spreadsheet) or JSON.</summary>
public static class ApplicationExport
{
    public static readonly string[] CsvHeader =
        ["reference", "submitted_at", "name", "email", "current_role", "target_role", "target_role_title", "years_of_experience", "location", "message"];

    public static void WriteCsv(TextWriter writer, IEnumerable<StoredApplication> applications)
    {
        writer.Write(string.Join(',', CsvHeader));
        writer.Write("\r\n");
        foreach (var a in applications)
        {
            string[] cells =
            [
                a.Reference, a.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), a.Name, a.Email, a.CurrentRole,
                a.TargetRoleSlug, a.TargetRoleTitle, a.YearsOfExperience.ToString(CultureInfo.InvariantCulture), a.Location ?? "", a.Message,
            ];
            writer.Write(string.Join(',', cells.Select(CsvCell)));
            writer.Write("\r\n");
        }
    }

    /// <summary>
    /// One RFC 4180 cell. A cell a spreadsheet would run as a formula (it starts with = + - @, or a tab or carriage
    /// return before one) gets a leading apostrophe, so it is shown as text.
    /// </summary>
    public static string CsvCell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return value;
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value) sb.Append(c == '"' ? "\"\"" : c.ToString());
        return sb.Append('"').ToString();
    }

    public static void WriteJson(Stream stream, IEnumerable<StoredApplication> applications)
    {
        // Relaxed escaping keeps names readable; the output is a file, never inlined into HTML.
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var a in applications)
        {
            json.WriteStartObject();
            json.WriteString("reference", a.Reference);
            json.WriteString("submittedAt", a.SubmittedAt.ToUniversalTime());
            json.WriteString("name", a.Name);
            json.WriteString("email", a.Email);
            json.WriteString("currentRole", a.CurrentRole);
            json.WriteString("targetRole", a.TargetRoleSlug);
            json.WriteString("targetRoleTitle", a.TargetRoleTitle);
            json.WriteNumber("yearsOfExperience", a.YearsOfExperience);
            if (a.Location is null) json.WriteNull("location"); else json.WriteString("location", a.Location);
            json.WriteString("message", a.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
