using System.Text;
using Ladder.Occupations;

namespace Ladder.Catalog;

/// <summary>
/// A binary image of the loaded catalog, written once at import and stored in the database, so that
/// start-up reads one blob instead of half a million rows. Strings are stored once in a table and
/// decoded on first use; each occupation's lists are decoded on first read (<see cref="LazyList{T}"/>).
/// </summary>
internal static class CatalogSnapshot
{
    private const int Format = 5;

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
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            var info = catalog.Info;
            w.Write(S(info.OnetRelease)); w.Write(S(info.OnetReleaseDate)); w.Write(S(info.OewsRelease)); w.Write(S(info.PreviousOewsRelease)); w.Write(info.ImportedAt.UtcTicks);
            WriteWages(w, catalog.AllOccupationsWages, S);
            var zones = Enumerable.Range(1, 5).Select(z => catalog.JobZone(z)).Where(z => z is not null).ToList();
            w.Write(zones.Count);
            foreach (var z in zones) { w.Write(z!.Zone); w.Write(S(z.Name)); w.Write(S(z.Experience)); w.Write(S(z.Education)); w.Write(S(z.Training)); }
            w.Write(catalog.Occupations.Count);
            foreach (var o in catalog.Occupations)
            {
                w.Write(S(o.Code.Value)); w.Write(S(o.Title)); w.Write(S(o.Slug)); w.Write(S(o.Description)); w.Write(o.JobZone ?? 0);
                WriteWages(w, o.Wages.Current, S);
                WriteWages(w, o.Wages.Previous, S);
                w.Write(o.Wages.FromParentSoc);
                w.Write(o.Wages.FromBroadGroup);
                Section(w, o.Tasks, (x, t) => { x.Write(t.Id); x.Write(S(t.Text)); x.Write(t.IsCore); });
                Section(w, o.Technologies, (x, t) => { x.Write(S(t.Name)); x.Write(S(t.Category)); x.Write((byte)((t.Hot ? 1 : 0) | (t.InDemand ? 2 : 0))); });
                Section(w, o.Tools, (x, t) => x.Write(S(t)));
                Section(w, o.Skills, (x, r) => { x.Write(S(r.ElementId)); x.Write(S(r.Name)); x.Write(r.Importance); x.Write(r.Level); x.Write(r.ImportanceLow); x.Write(r.LevelError ?? double.NaN); });
                Section(w, o.Knowledge, (x, r) => { x.Write(S(r.ElementId)); x.Write(S(r.Name)); x.Write(r.Importance); x.Write(r.Level); x.Write(r.ImportanceLow); x.Write(r.LevelError ?? double.NaN); });
                Section(w, o.AlternateTitles, (x, a) => { x.Write(S(a.Title)); x.Write(S(a.ShortTitle)); });
                Section(w, o.ReportedTitles, (x, t) => x.Write(S(t)));
                Section(w, o.Related, (x, r) => { x.Write(S(r.Code.Value)); x.Write(S(r.Tier)); x.Write(r.Index); });
                Section(w, o.Education, (x, e) => { x.Write(e.Category); x.Write(S(e.Level)); x.Write(e.Percent); });
                Section(w, o.WorkStyles, (x, r) => { x.Write(S(r.Name)); x.Write(r.Value); });
                Section(w, o.Interests, (x, r) => { x.Write(S(r.Name)); x.Write(r.Value); });
                Section(w, o.WorkActivities, (x, t) => x.Write(S(t)));
            }
            Section(w, catalog.CuratedRoles, (x, c) => x.Write(S(Content.CuratedRoleStore.Serialize(c.Curated!))));
        }

        using var output = new MemoryStream((int)body.Length + order.Sum(s => s.Length) + 1024);
        using (var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true))
        {
            var bytes = order.Select(Encoding.UTF8.GetBytes).ToList();
            w.Write(Format);
            w.Write(bytes.Count);
            int offset = 0;
            foreach (var b in bytes) { w.Write(offset); offset += b.Length; }
            w.Write(offset);
            foreach (var b in bytes) w.Write(b);
            w.Write(body.GetBuffer(), 0, (int)body.Length);
        }
        return output.ToArray();
    }

    /// <summary>Writes a length-prefixed section that the reader can skip now and decode later.</summary>
    private static SkillRating ReadRating(BinaryReader x, StringTable s)
    {
        var rating = new SkillRating(s[x.ReadInt32()], s[x.ReadInt32()], x.ReadDouble(), x.ReadDouble(), x.ReadDouble());
        var error = x.ReadDouble();
        return double.IsNaN(error) ? rating : rating with { LevelError = error };
    }

    private static void Section<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        using var buffer = new MemoryStream();
        using (var x = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            x.Write(items.Count);
            foreach (var item in items) write(x, item);
        }
        w.Write((int)buffer.Length);
        w.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static LadderCatalog Read(byte[] blob, Content.OccupationContent content)
    {
        var strings = new StringTable(blob);
        var r = new BinaryReader(new MemoryStream(blob, strings.End, blob.Length - strings.End, writable: false), Encoding.UTF8);
        string S() => strings[r.ReadInt32()];
        string? N() => strings.Optional(r.ReadInt32());

        var info = new CatalogInfo { OnetRelease = S(), OnetReleaseDate = N(), OewsRelease = S(), PreviousOewsRelease = N(), ImportedAt = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero) };
        var all = ReadWages(r, S);
        var zones = new List<JobZoneInfo>();
        for (int i = r.ReadInt32(); i > 0; i--) zones.Add(new JobZoneInfo(r.ReadInt32(), S(), S(), S(), S()));
        var count = r.ReadInt32();
        var occupations = new List<Occupation>(count);
        for (int i = 0; i < count; i++)
        {
            var code = OccupationCode.Parse(S());
            var title = S(); var slug = S(); var description = S(); var zone = r.ReadInt32();
            var current = ReadWages(r, S);
            var previous = ReadWages(r, S);
            var fromParent = r.ReadBoolean();
            var fromBroad = r.ReadBoolean();
            occupations.Add(new Occupation
            {
                Code = code, Title = title, Slug = slug, Description = description, JobZone = zone == 0 ? null : zone,
                Wages = current is null && previous is null ? OccupationWages.None : new OccupationWages { Current = current, Previous = previous, FromParentSoc = fromParent, FromBroadGroup = fromBroad },
                Tasks = Lazy(blob, r, strings, (x, s) => new TaskStatement(x.ReadInt32(), s[x.ReadInt32()], x.ReadBoolean())),
                Technologies = Lazy(blob, r, strings, (x, s) => { var n = s[x.ReadInt32()]; var c = s[x.ReadInt32()]; var f = x.ReadByte(); return new Technology(n, c, (f & 1) != 0, (f & 2) != 0); }),
                Tools = Lazy(blob, r, strings, (x, s) => s[x.ReadInt32()]),
                Skills = Lazy(blob, r, strings, ReadRating),
                Knowledge = Lazy(blob, r, strings, ReadRating),
                AlternateTitles = Lazy(blob, r, strings, (x, s) => new AlternateTitle(s[x.ReadInt32()], s.Optional(x.ReadInt32()))),
                ReportedTitles = Lazy(blob, r, strings, (x, s) => s[x.ReadInt32()]),
                Related = Lazy(blob, r, strings, (x, s) => new RelatedOccupation(OccupationCode.Parse(s[x.ReadInt32()]), s[x.ReadInt32()], x.ReadInt32())),
                Education = Lazy(blob, r, strings, (x, s) => new EducationShare(x.ReadInt32(), s[x.ReadInt32()], x.ReadDouble())),
                WorkStyles = Lazy(blob, r, strings, (x, s) => new Rating(s[x.ReadInt32()], x.ReadDouble())),
                Interests = Lazy(blob, r, strings, (x, s) => new Rating(s[x.ReadInt32()], x.ReadDouble())),
                WorkActivities = Lazy(blob, r, strings, (x, s) => s[x.ReadInt32()]),
            });
        }
        // Curated roles are few and needed at once to build the role list.
        var curated = Lazy(blob, r, strings, (x, s) => Content.CuratedRoleStore.Deserialize(s[x.ReadInt32()])).ToList();
        return new LadderCatalog(info, occupations, zones, all, curated, content);
    }

    private static IReadOnlyList<T> Lazy<T>(byte[] blob, BinaryReader r, StringTable strings, Func<BinaryReader, StringTable, T> read)
    {
        var length = r.ReadInt32();
        var start = checked((int)(strings.End + r.BaseStream.Position));
        r.BaseStream.Seek(length, SeekOrigin.Current);
        if (length <= sizeof(int) && BitConverter.ToInt32(blob, start) == 0) return [];
        return new LazyList<T>(() =>
        {
            using var x = new BinaryReader(new MemoryStream(blob, start, length, writable: false), Encoding.UTF8);
            var items = new T[x.ReadInt32()];
            for (int i = 0; i < items.Length; i++) items[i] = read(x, strings);
            return items;
        });
    }

    private static void WriteWages(BinaryWriter w, Wages? wages, Func<string?, int> s)
    {
        w.Write(wages is not null);
        if (wages is null) return;
        w.Write(s(wages.Soc)); w.Write(s(wages.Title)); w.Write(s(wages.Release)); w.Write(wages.HourlyOnly);
        foreach (var v in new[] { wages.Employment, wages.P10, wages.P25, wages.Median, wages.P75, wages.P90, wages.Mean, wages.HourlyMedian,
                     wages.HourlyP10, wages.HourlyP25, wages.HourlyP75, wages.HourlyP90, wages.HourlyMean })
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
            HourlyP10 = V(), HourlyP25 = V(), HourlyP75 = V(), HourlyP90 = V(), HourlyMean = V(),
        };
    }

    /// <summary>The snapshot's strings: offsets into one UTF-8 region, each decoded once on first use.</summary>
    private sealed class StringTable
    {
        private readonly byte[] _blob;
        private readonly int[] _offsets;
        private readonly int _bytesStart;
        private readonly string?[] _cache;

        public StringTable(byte[] blob)
        {
            _blob = blob;
            if (BitConverter.ToInt32(blob, 0) != Format) throw new InvalidDataException("unknown snapshot format");
            var count = BitConverter.ToInt32(blob, 4);
            _offsets = new int[count + 1];
            Buffer.BlockCopy(blob, 8, _offsets, 0, (count + 1) * sizeof(int));
            _bytesStart = 8 + (count + 1) * sizeof(int);
            _cache = new string?[count];
            End = _bytesStart + _offsets[count];
        }

        /// <summary>Where the data after the strings begins.</summary>
        public int End { get; }

        public string this[int id] => _cache[id] ??= Encoding.UTF8.GetString(_blob, _bytesStart + _offsets[id], _offsets[id + 1] - _offsets[id]);

        public string? Optional(int id) => id < 0 ? null : this[id];
    }
}
