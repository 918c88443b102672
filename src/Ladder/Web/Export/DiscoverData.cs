using System.Text.Json;
using Ladder.Discover;
using Ladder.Guides;
using Ladder.Interests;
using Ladder.Outlook;
using Ladder.Web.Site;

namespace Ladder.Web.Export;

/// <summary>
/// <c>discover-data.json</c>: what the static site's career finder (assets/discover.js) ranks from: the questionnaire's
/// areas, every profiled occupation's O*NET interest scores and high-points, job zone, work-value high-points, national
/// median, outlook and licence, each computed here by the same code the server shows them with.
/// </summary>
public static class DiscoverData
{
    public static byte[] Write(SiteData data)
    {
        var catalog = data.Catalog;
        var finder = data.Engine.Careers;
        using var stream = new MemoryStream(256 * 1024);
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("payLabel", PayScope.National.Label);
            w.WriteStartArray("questions");
            foreach (var q in finder.Questionnaire.Questions)
            {
                w.WriteStartObject();
                w.WriteString("id", q.Id);
                w.WriteNumber("area", q.Area.Index);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("areas");
            foreach (var a in InterestArea.All)
            {
                w.WriteStartObject();
                w.WriteString("key", a.Key);
                w.WriteString("name", a.Name);
                var k = catalog.Interests.KeywordsFor(a).ToList();
                w.WriteString("keywords", string.Join(", ", k.Where(x => x.IsAction).Select(x => x.Word)) + "; " + string.Join(", ", k.Where(x => !x.IsAction).Select(x => x.Word)));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("values");
            foreach (var v in WorkValue.All)
            {
                w.WriteStartObject();
                w.WriteString("key", v.Key);
                w.WriteString("name", v.Name);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("occupations");
            // Every profiled occupation, unfiltered and unranked: the script filters and ranks.
            var everything = finder.Find(new DiscoverQuery { Profile = new InterestProfile([7, 1, 1, 1, 1, 1]), Limit = int.MaxValue });
            foreach (var f in everything.Items.OrderBy(i => i.Role.Code, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("c", f.Role.Code);
                w.WriteString("s", f.Role.Slug);
                w.WriteString("t", f.Role.Title);
                w.WriteStartArray("p");
                foreach (var s in f.Interests.Scores) w.WriteNumberValue(s);
                w.WriteEndArray();
                w.WriteStartArray("h");
                foreach (var h in f.Interests.HighPoints) w.WriteNumberValue(h.Index);
                w.WriteEndArray();
                if (f.JobZone is { } z) w.WriteNumber("z", z); else w.WriteNull("z");
                w.WriteString("zt", f.Preparation);
                w.WriteStartArray("w");
                foreach (var v in f.WorkValueHighPoints) w.WriteNumberValue(v.Index);
                w.WriteEndArray();
                if (f.MedianPay is { } m) w.WriteNumber("m", m); else w.WriteNull("m");
                w.WriteString("mt", f.MedianPayText);
                w.WriteString("o", f.OutlookKey);
                w.WriteString("ot", f.OutlookChangePercent is { } c ? $"{OutlookFormat.Signed(c)}, {f.Outlook.ToLowerInvariant()}" : "not available");
                if (f.Licence is { } l) w.WriteString("l", l); else w.WriteNull("l");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }
}
