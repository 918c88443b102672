namespace Ladder.Import;

/// <summary>A problem in a source data file, located by file, line and column (both 1-based).</summary>
public sealed class DataFileException : Exception
{
    public DataFileException(string file, int line, int column, string message, Exception? inner = null)
        : base(FormatMessage(file, line, column, message), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Problem = message;
    }

    public string File { get; }
    public int Line { get; }
    public int Column { get; }
    public string Problem { get; }

    private static string FormatMessage(string file, int line, int column, string message) =>
        line > 0 ? $"{file}:{line}:{column}: {message}" : $"{file}: {message}";
}
