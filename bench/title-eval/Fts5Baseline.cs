using System.Text;
using Ladder.Search;
using Microsoft.Data.Sqlite;

namespace Ladder.TitleEval;

/// <summary>
/// The baseline: SQLite FTS5 (porter stemming) over the very same titles, ranked by BM25; the roles of the
/// best-ranked titles, in order, are its answer. Queried two ways: the words as typed (FTS5's implicit AND,
/// what a plain full-text search box does) and every word OR-ed (the stronger of the two on noisy titles).
/// </summary>
internal sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _query;
    private readonly IReadOnlyList<IndexedTitle> _titles;

    public Fts5Baseline(IReadOnlyList<IndexedTitle> titles)
    {
        _titles = titles;
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE titles USING fts5(title, tokenize = 'porter unicode61')";
            create.ExecuteNonQuery();
        }
        using (var tx = _connection.BeginTransaction())
        using (var insert = _connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO titles(rowid, title) VALUES ($id, $title)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            for (int i = 0; i < titles.Count; i++)
            {
                id.Value = i;
                title.Value = titles[i].Text;
                insert.ExecuteNonQuery();
            }
            tx.Commit();
        }
        _query = _connection.CreateCommand();
        _query.CommandText = "SELECT rowid FROM titles WHERE titles MATCH $q ORDER BY rank LIMIT 200";
        _query.Parameters.Add("$q", SqliteType.Text);
    }

    /// <summary>The SOC codes of the best-ranked distinct roles.</summary>
    public List<string> Search(string text, int limit, bool anyWord)
    {
        var words = Words(text);
        var socs = new List<string>(limit);
        if (words.Count == 0) return socs;
        _query.Parameters[0].Value = string.Join(anyWord ? " OR " : " ", words.Select(w => '"' + w + '"'));
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        using var reader = _query.ExecuteReader();
        while (reader.Read() && socs.Count < limit)
        {
            var role = _titles[(int)reader.GetInt64(0)].Role;
            if (seen.Add(role)) socs.Add(role.Code);
        }
        return socs;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0)
            {
                if (!words.Contains(sb.ToString())) words.Add(sb.ToString());
                sb.Clear();
            }
        }
        return words;
    }

    public void Dispose()
    {
        _query.Dispose();
        _connection.Dispose();
    }
}
