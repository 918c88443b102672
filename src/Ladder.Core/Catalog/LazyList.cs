using System.Collections;

namespace Ladder.Catalog;

/// <summary>
/// A read-only list decoded from the catalog snapshot the first time it is read. Start-up then pays
/// only for the data a command actually touches; after the first read it is a plain array.
/// </summary>
internal sealed class LazyList<T>(Func<T[]> decode) : IReadOnlyList<T>
{
    private readonly Lazy<T[]> _items = new(decode, LazyThreadSafetyMode.ExecutionAndPublication);

    public T this[int index] => _items.Value[index];

    public int Count => _items.Value.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items.Value).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
