using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Ladder.Tests.Applications;

/// <summary>
/// What a reliability test sent and what became of it: every acknowledged (201/200) submission must be stored
/// exactly once. Printed so the figures show in the test log.
/// </summary>
public sealed class LoadReport
{
    public int Sent;
    public int Failed;
    /// <summary>Reference per idempotency key for every acknowledged submission.</summary>
    public ConcurrentDictionary<string, string> Acknowledged { get; } = new();
    public ConcurrentBag<string> Mismatches { get; } = new();

    public void Acknowledge(string key, string reference)
    {
        var kept = Acknowledged.GetOrAdd(key, reference);
        if (kept != reference) Mismatches.Add($"{key}: {kept} then {reference}");
    }

    /// <summary>Compares against the stored references; returns (stored, duplicated, lost).</summary>
    public (int Stored, int Duplicated, int Lost) Check(IEnumerable<string> storedReferences, ITestOutputHelper output, string label)
    {
        var stored = storedReferences.ToList();
        var duplicated = stored.Count - stored.Distinct().Count();
        var set = stored.ToHashSet();
        var lost = Acknowledged.Values.Distinct().Count(r => !set.Contains(r));
        var line = $"{label}: sent {Sent}, acknowledged {Acknowledged.Count}, failed {Failed}, stored {stored.Count}, duplicated {duplicated}, lost {lost}, reference mismatches {Mismatches.Count}";
        output.WriteLine(line);
        Console.WriteLine(line);
        return (stored.Count, duplicated, lost);
    }
}
