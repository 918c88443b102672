using Npgsql;

namespace Ladder.Tests.Shared;

/// <summary>
/// A fresh PostgreSQL schema for one test class, dropped afterwards. The server comes from $LADDER_TEST_POSTGRES,
/// which tools/deps/postgres.sh sets; without it the PostgreSQL tests fail rather than silently skip.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "LADDER_TEST_POSTGRES";

    private PostgresTestDatabase(string server, string schema)
    {
        Server = server;
        Schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    public string Server { get; }
    public string Schema { get; }
    /// <summary>The server's connection string with <c>Search Path</c> set to this test's own schema.</summary>
    public string ConnectionString { get; }

    public static PostgresTestDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh, or `source tools/deps/postgres.sh` before `dotnet test` " +
                "(it installs and starts a throwaway PostgreSQL and sets the variable).");
        }
        return new PostgresTestDatabase(server, "t_" + Guid.NewGuid().ToString("N")[..20]);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
        NpgsqlConnection.ClearAllPools();
    }
}
