using System.IO.Compression;
using Ladder.Occupations;

namespace Ladder.Catalog;

/// <summary>
/// A compact binary image of the loaded catalog, written once at import and stored in the database,
/// so that start-up reads one blob instead of half a million rows. Strings are stored once in a table
/// and shared, which also keeps memory down.
/// </summary>
internal static class CatalogSnapshot
{
    private const int Format = 1;

    public static byte[] Write(LadderCatalog catalog)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        int S(string? s)
        {
            if (s is null) return -1;
            if (!strings.TryGetValue(s, out var id)) { id = order.Count; strings[s] = id; order.Add(s); }
            return id;
        }
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var info = catalog.Info;
            w.Write(S(info.OnetRelease)); w.Write(S(info.OewsRelease)); w.Write(S(info.PreviousOewsRelease)); w.Write(info.ImportedAt.UtcTicks);
            WriteWages(w, catalog.AllOccupationsWages, S);
            var zones = Enumerable.Range(1, 5).Select(z => catalog.JobZone(z)).Where(z => z is not null).ToList();
            w.Write(zones.Count);
            foreach (var z in zones) { w.Write(z!.Zone); w.Write(S(z.Name)); w.Write(S(z.Experience)); w.Write(S(z.Education)); w.Write(S(z.Training)); }
            w.Write(catalog.Occupations.Count);
            foreach (var o in catalog.Occupations)
            {
                w.Write(S(o.Code.Value)); w.Write(S(o.Title)); w.Write(S(o.Slug)); w.Write(S(o.Description)); w.Write(o.JobZone ?? 0);
                List(w, o.Tasks, t => { w.Write(t.Id); w.Write(S(t.Text)); w.Write(t.IsCore); });
                List(w, o.Technologies, t => { w.Write(S(t.Name)); w.Write(S(t.Category)); w.Write((byte)((t.Hot ? 1 : 0) | (t.InDemand ? 2 : 0))); });
                List(w, o.Tools, t => w.Write(S(t)));
                List(w, o.Skills, r => { w.Write(S(r.ElementId)); w.Write(S(r.Name)); w.Write(r.Importance); w.Write(r.Level); });
                List(w, o.Knowledge, r => { w.Write(S(r.ElementId)); w.Write(S(r.Name)); w.Write(r.Importance); w.Write(r.Level); });
                List(w, o.AlternateTitles, a => { w.Write(S(a.Title)); w.Write(S(a.ShortTitle)); });
                List(w, o.ReportedTitles, t => w.Write(S(t)));
                List(w, o.Related, r => { w.Write(S(r.Code.Value)); w.Write(S(r.Tier)); w.Write(r.Index); });
                List(w, o.Education, e => { w.Write(e.Category); w.Write(S(e.Level)); w.Write(e.Percent); });
                List(w, o.WorkStyles, r => { w.Write(S(r.Name)); w.Write(r.Value); });
                List(w, o.Interests, r => { w.Write(S(r.Name)); w.Write(r.Value); });
                List(w, o.WorkActivities, t => w.Write(S(t)));
                WriteWages(w, o.Wages.Current, S);
                WriteWages(w, o.Wages.Previous, S);
                w.Write(o.Wages.FromParentSoc);
                w.Write(o.Wages.FromBroadGroup);
            }
            List(w, catalog.CuratedRoles, c => w.Write(S(Content.CuratedRoleStore.Serialize(c.Curated!))));
        }
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(z, System.Text.Encoding.UTF8))
        {
            w.Write(Format);
            w.Write(order.Count);
            foreach (var s in order) w.Write(s);
            w.Write(body.Length);
            w.Write(body.GetBuffer(), 0, (int)body.Length);
        }
        return output.ToArray();
    }

    public static LadderCatalog Read(byte[] blob)
    {
        using var z = new ZLibStream(new MemoryStream(blob), CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(z, 1 << 16), System.Text.Encoding.UTF8);
        if (r.ReadInt32() != Format) throw new InvalidDataException("unknown snapshot format");
        var table = new string[r.ReadInt32()];
        for (int i = 0; i < table.Length; i++) table[i] = r.ReadString();
        r.ReadInt64();
        string S() => table[r.ReadInt32()];
        string? N() { var id = r.ReadInt32(); return id < 0 ? null : table[id]; }

        var info = new CatalogInfo { OnetRelease = S(), OewsRelease = S(), PreviousOewsRelease = N(), ImportedAt = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero) };
        var all = ReadWages(r, S);
        var zones = new List<JobZoneInfo>();
        for (int i = r.ReadInt32(); i > 0; i--) zones.Add(new JobZoneInfo(r.ReadInt32(), S(), S(), S(), S()));
        var count = r.ReadInt32();
        var occupations = new List<Occupation>(count);
        for (int i = 0; i < count; i++)
        {
            var code = OccupationCode.Parse(S());
            var title = S(); var slug = S(); var description = S(); var zone = r.ReadInt32();
            var tasks = ReadList(r, () => new TaskStatement(r.ReadInt32(), S(), r.ReadBoolean()));
            var tech = ReadList(r, () => { var n = S(); var c = S(); var f = r.ReadByte(); return new Technology(n, c, (f & 1) != 0, (f & 2) != 0); });
            var tools = ReadList(r, S);
            var skills = ReadList(r, () => new SkillRating(S(), S(), r.ReadDouble(), r.ReadDouble()));
            var knowledge = ReadList(r, () => new SkillRating(S(), S(), r.ReadDouble(), r.ReadDouble()));
            var alternates = ReadList(r, () => new AlternateTitle(S(), N()));
            var reported = ReadList(r, S);
            var related = ReadList(r, () => new RelatedOccupation(OccupationCode.Parse(S()), S(), r.ReadInt32()));
            var education = ReadList(r, () => new EducationShare(r.ReadInt32(), S(), r.ReadDouble()));
            var styles = ReadList(r, () => new Rating(S(), r.ReadDouble()));
            var interests = ReadList(r, () => new Rating(S(), r.ReadDouble()));
            var activities = ReadList(r, S);
            var current = ReadWages(r, S);
            var previous = ReadWages(r, S);
            var fromParent = r.ReadBoolean();
            var fromBroad = r.ReadBoolean();
            occupations.Add(new Occupation
            {
                Code = code, Title = title, Slug = slug, Description = description, JobZone = zone == 0 ? null : zone,
                Tasks = tasks, Technologies = tech, Tools = tools, Skills = skills, Knowledge = knowledge,
                AlternateTitles = alternates, ReportedTitles = reported, Related = related, Education = education,
                WorkStyles = styles, Interests = interests, WorkActivities = activities,
                Wages = current is null && previous is null ? OccupationWages.None : new OccupationWages { Current = current, Previous = previous, FromParentSoc = fromParent, FromBroadGroup = fromBroad },
            });
        }
        var curated = ReadList(r, () => Content.CuratedRoleStore.Deserialize(S()));
        return new LadderCatalog(info, occupations, zones, all, curated);
    }

    private static void List<T>(BinaryWriter w, IReadOnlyList<T> items, Action<T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(item);
    }

    private static T[] ReadList<T>(BinaryReader r, Func<T> read)
    {
        var n = r.ReadInt32();
        if (n == 0) return [];
        var result = new T[n];
        for (int i = 0; i < n; i++) result[i] = read();
        return result;
    }

    private static void WriteWages(BinaryWriter w, Wages? wages, Func<string?, int> s)
    {
        w.Write(wages is not null);
        if (wages is null) return;
        w.Write(s(wages.Soc)); w.Write(s(wages.Title)); w.Write(s(wages.Release)); w.Write(wages.HourlyOnly);
        foreach (var v in new[] { wages.Employment, wages.P10, wages.P25, wages.Median, wages.P75, wages.P90, wages.Mean, wages.HourlyMedian })
        {
            w.Write((byte)v.Marker);
            w.Write(v.Amount ?? -1m);
        }
    }

    private static Wages? ReadWages(BinaryReader r, Func<string> s)
    {
        if (!r.ReadBoolean()) return null;
        var soc = s(); var title = s(); var release = s(); var hourlyOnly = r.ReadBoolean();
        WageValue V()
        {
            var marker = (WageMarker)r.ReadByte();
            var amount = r.ReadDecimal();
            return new WageValue(amount < 0 ? null : amount, marker);
        }
        return new Wages
        {
            Soc = soc, Title = title, Release = release, HourlyOnly = hourlyOnly,
            Employment = V(), P10 = V(), P25 = V(), Median = V(), P75 = V(), P90 = V(), Mean = V(), HourlyMedian = V(),
        };
    }
}
