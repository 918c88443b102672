namespace Ladder.Import;

/// <summary>Progress through one source file, in bytes of the file as stored.</summary>
public readonly record struct ImportProgress(string File, long Done, long Total);
