using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

/// <summary>Maps one family file onto a <see cref="CareerFamily"/>, recording errors with their YAML marks.</summary>
internal sealed class FamilyFileReader(YamlFields fields, string key)
{
    private static readonly string[] Keys = ["name", "top", "entryNote", "handsOn", "hazardous", "hotTechnologyPro", "softwareStep", "startsInTheField", "portfolio", "practice", "notProgrammes", "ownField", "stages", "occupations"];
    private static readonly string[] StageKeys = ["level", "label", "years", "pay", "trainee", "prior", "duties"];
    private static readonly int[] Percentiles = [10, 25, 50, 75, 90];

    public CareerFamily? Read(YamlMappingNode map)
    {
        fields.OnlyKeys(map, Keys);
        var name = fields.Text(map, "name", required: true);
        var hazardous = fields.Flag(map, "hazardous");
        var practice = ReadPractice(map, hazardous);
        var stages = new List<CareerStage>();
        if (YamlFields.Find(map, "stages") is not YamlSequenceNode seq || seq.Children.Count is 0 or > 4)
            fields.Error(YamlFields.Find(map, "stages") ?? map, "'stages' must be a list of one to four stages, lowest first.");
        else
            foreach (var node in seq.Children)
                if (ReadStage(node, stages.LastOrDefault()) is { } stage) stages.Add(stage);
        if (name is null || stages.Count == 0) return null;
        return new CareerFamily
        {
            Key = key, Name = name, Stages = stages, Top = fields.Flag(map, "top"), EntryNote = fields.Text(map, "entryNote", required: false),
            HandsOn = fields.Flag(map, "handsOn"), Hazardous = hazardous, HotTechnologyPro = fields.Flag(map, "hotTechnologyPro"),
            SoftwareStep = YamlFields.Find(map, "softwareStep") is null || fields.Flag(map, "softwareStep"), StartsInTheField = fields.Flag(map, "startsInTheField"),
            Portfolio = fields.Text(map, "portfolio", required: false), Practice = practice, File = fields.FileName,
            NotProgrammes = ReadCipPrefixes(map), OwnField = ReadOwnField(map),
        };
    }

    private OwnField? ReadOwnField(YamlMappingNode map)
    {
        if (YamlFields.Find(map, "ownField") is not { } node) return null;
        if (node is not YamlMappingNode m) { fields.Error(node, "'ownField' must be a mapping with note and occupations."); return null; }
        fields.OnlyKeys(m, ["note", "occupations"]);
        var note = fields.Text(m, "note", required: true);
        var codes = new List<string>();
        foreach (var (code, at) in fields.TextList(m, "occupations", required: true))
            if (System.Text.RegularExpressions.Regex.IsMatch(code, @"^\d\d-\d{4}\.\d\d$")) codes.Add(code);
            else fields.Error(at, $"'{code}' is not an O*NET-SOC code; write the full code, e.g. 27-2031.00.");
        return note is null || codes.Count == 0 ? null : new OwnField(codes, note);
    }

    private List<string> ReadCipPrefixes(YamlMappingNode map)
    {
        var prefixes = new List<string>();
        foreach (var item in fields.TextList(map, "notProgrammes", required: false))
            if (System.Text.RegularExpressions.Regex.IsMatch(item.Value, @"^[0-9]{2}\.[0-9]{2}$")) prefixes.Add(item.Value);
            else fields.Error(item.Node, $"'{item.Value}' is not a CIP series; expected two digits, a dot and two digits, e.g. 13.13.");
        return prefixes;
    }

    private FamilyStep? ReadPractice(YamlMappingNode map, bool hazardous)
    {
        if (YamlFields.Find(map, "practice") is not { } node) return null;
        if (node is not YamlMappingNode m) { fields.Error(node, "'practice' must be a mapping with title and detail."); return null; }
        fields.OnlyKeys(m, ["title", "detail"]);
        var (title, detail) = (fields.Text(m, "title", required: true), fields.Text(m, "detail", required: true));
        // Hazardous work is never practised on one's own: the step says how people are trained, not where to try the task.
        if (hazardous && detail?.Contains("{task}", StringComparison.Ordinal) == true)
            fields.Error(m, "a hazardous family's practice step may not invite the reader to do a task ({task}); say how people are trained before they touch the work.");
        return title is null || detail is null ? null : new FamilyStep(title, detail);
    }

    private CareerStage? ReadStage(YamlNode node, CareerStage? previous)
    {
        if (node is not YamlMappingNode m) { fields.Error(node, "expected a stage mapping (level, label, years, pay, trainee or prior, duties)."); return null; }
        fields.OnlyKeys(m, StageKeys);
        var errors = 0;
        void Fail(YamlNode at, string message) { fields.Error(at, message); errors++; }
        var levelText = fields.Text(m, "level", required: true);
        var level = levelText is null ? null : CareerLevels.Parse(levelText);
        if (levelText is not null && level is null) Fail(YamlFields.Find(m, "level")!, $"'{levelText}' is not a level; expected junior, mid, senior or lead.");
        if (level is not null && previous is not null && level <= previous.Name) Fail(YamlFields.Find(m, "level")!, $"stage '{levelText}' must be above the stage before it ({previous.Name.Key()}).");
        var label = fields.Text(m, "label", required: true);
        var years = ReadYears(m, Fail);
        var trainee = fields.Text(m, "trainee", required: false);
        var prior = fields.Text(m, "prior", required: false);
        if (trainee is not null && prior is not null) Fail(YamlFields.Find(m, "prior")!, "a stage is either a training stage ('trainee') or the work that leads here ('prior'), not both.");
        // Only the first stage can be spent in another occupation: every later stage is this one's work.
        if (prior is not null && previous is not null) Fail(YamlFields.Find(m, "prior")!, "only the first stage may be 'prior' work in another occupation.");
        var (low, high) = ReadPay(m, (trainee ?? prior) is not null, Fail);
        var duties = fields.TextList(m, "duties", required: true).Select(d => d.Value).ToList();
        if (level is null || label is null || errors > 0 || duties.Count == 0 || ((trainee ?? prior) is null && low is null)) return null;
        return new CareerStage(level.Value, label, low, high, duties, years, trainee ?? prior, prior is not null);
    }

    private (int?, int?) ReadPay(YamlMappingNode m, bool trainee, Action<YamlNode, string> fail)
    {
        var pay = YamlFields.Find(m, "pay");
        if (trainee == (pay is not null)) { fail(pay ?? m, "a stage needs exactly one of 'pay' ([low, high] BLS percentiles), 'trainee' (where a training stage's pay comes from) or 'prior' (the other occupation whose pay the route-in stage earns)."); return (null, null); }
        if (pay is null) return (null, null);
        var values = pay is YamlSequenceNode s ? s.Children.Select(c => int.TryParse((c as YamlScalarNode)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1).ToList() : [];
        if (values.Count != 2 || !Percentiles.Contains(values[0]) || !Percentiles.Contains(values[1]) || values[0] >= values[1])
        {
            fail(pay, "'pay' must be [low, high] BLS percentiles from 10, 25, 50, 75 and 90, low below high, e.g. [25, 50].");
            return (null, null);
        }
        return (values[0], values[1]);
    }

    private static StageYears? ReadYears(YamlMappingNode m, Action<YamlNode, string> fail)
    {
        switch (YamlFields.Find(m, "years"))
        {
            case null: return null;
            case YamlScalarNode { Value: { Length: > 0 } text }: return new StageYears(Text: text.Trim());
            case YamlSequenceNode seq:
                var values = seq.Children.Select(c => int.TryParse((c as YamlScalarNode)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1).ToList();
                if (values.Count is 1 or 2 && values.All(v => v is >= 0 and <= 50) && (values.Count == 1 || values[0] < values[1]))
                    return new StageYears(values[0], values.Count == 2 ? values[1] : null);
                fail(seq, "'years' must be [from, to] or [from] whole years, from below to, e.g. [4, 8] or [12].");
                return null;
            case var other:
                fail(other, "'years' must be [from, to], [from] or text such as 'on appointment'.");
                return null;
        }
    }
}
