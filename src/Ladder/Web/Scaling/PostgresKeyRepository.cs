using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Ladder.Web.Scaling;

/// <summary>
/// The Data Protection key ring in the applications PostgreSQL schema (table <c>data_protection_keys</c>, created by the
/// applications migrations), so every instance on that database protects and validates antiforgery tokens with the
/// same keys. Data Protection calls this synchronously and rarely: once when it loads the ring, and when it adds a key.
/// </summary>
public sealed class PostgresKeyRepository : IXmlRepository, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _table;

    /// <param name="schema">Already checked to be a plain identifier by the applications store.</param>
    public PostgresKeyRepository(string connectionString, string schema)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _table = $"\"{schema}\".data_protection_keys";
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var select = _dataSource.CreateCommand($"SELECT xml FROM {_table} ORDER BY stored_at, friendly_name");
        using var reader = select.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read()) keys.Add(XElement.Parse(reader.GetString(0)));
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        // Key names are fresh GUIDs, so a conflict can only be a retry of the same key.
        using var insert = _dataSource.CreateCommand($"INSERT INTO {_table} (friendly_name, xml) VALUES (@name, @xml) ON CONFLICT (friendly_name) DO NOTHING");
        insert.Parameters.AddWithValue("name", friendlyName);
        insert.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        insert.ExecuteNonQuery();
    }

    public void Dispose() => _dataSource.Dispose();
}
