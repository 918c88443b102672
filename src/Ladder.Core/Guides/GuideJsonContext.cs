using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ladder.Guides;

/// <summary>Compile-time JSON metadata, so the first guide is written without reflection warm-up.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(Guide))]
internal sealed partial class GuideJsonContext : JsonSerializerContext;
