using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ladder.Web.Html;

/// <summary>Markup that is already safe to write as is: produced by Ladder's own renderers, never from input.</summary>
public readonly record struct HtmlString(string Value)
{
    public override string ToString() => Value;
}

/// <summary>
/// Builds an HTML document. Interpolated holes are HTML-encoded unless they are <see cref="HtmlString"/>,
/// so a page cannot forget to encode a title, a query or a curated string.
/// </summary>
public sealed class HtmlBuilder(int capacity = 16 * 1024)
{
    internal StringBuilder Buffer { get; } = new(capacity);

    public HtmlBuilder Append([InterpolatedStringHandlerArgument("")] ref HtmlHandler markup) => this;

    /// <summary>Writes text, encoded.</summary>
    public HtmlBuilder Text(string? text)
    {
        HtmlEncoding.Encode(Buffer, text);
        return this;
    }

    /// <summary>Writes Ladder's own markup verbatim. Never pass input through here.</summary>
    public HtmlBuilder Raw(HtmlString markup)
    {
        Buffer.Append(markup.Value);
        return this;
    }

    public override string ToString() => Buffer.ToString();

    /// <summary>The document as UTF-8, encoded straight from the builder's chunks (no intermediate string).</summary>
    /// <remarks>
    /// Counted first, then encoded into an array of that size. A pooled scratch buffer sized for the worst case (three
    /// bytes a character) came from the shared pool's 256 and 512 KB buckets for a guide, and the pool keeps one such
    /// array per thread and size: about 4 MB held by a server after a crawl, for a copy the count makes needless.
    /// Chunks are counted one by one, so a surrogate pair split between two counts 6 bytes instead of 4: the count is
    /// an upper bound, exact unless that happens, and then the result is cut to length.
    /// </remarks>
    public byte[] ToUtf8()
    {
        int count = 0;
        foreach (var chunk in Buffer.GetChunks()) count += Encoding.UTF8.GetByteCount(chunk.Span);
        var bytes = GC.AllocateUninitializedArray<byte>(count);
        // One stateful encoder across chunks: a surrogate pair split between two chunks still encodes as one character.
        var encoder = Encoding.UTF8.GetEncoder();
        int length = 0;
        foreach (var chunk in Buffer.GetChunks()) length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
        length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
        return length == count ? bytes : bytes.AsSpan(0, length).ToArray();
    }
}

[InterpolatedStringHandler]
public ref struct HtmlHandler
{
    private readonly StringBuilder _buffer;

    // No EnsureCapacity here: StringBuilder meets it by reallocating its last chunk to exactly the size asked, so on a
    // page past the builder's first 16 KB every append copied everything since that chunk began. Rendering the site
    // allocated 10 GB that way (half of it in the states table's rows); appending lets the builder add chunks instead.
    public HtmlHandler(int literalLength, int formattedCount, HtmlBuilder builder) => _buffer = builder.Buffer;

    public readonly void AppendLiteral(string literal) => _buffer.Append(literal);

    public readonly void AppendFormatted(string? text) => HtmlEncoding.Encode(_buffer, text);

    public readonly void AppendFormatted(HtmlString markup) => _buffer.Append(markup.Value);

    public readonly void AppendFormatted(int value) => _buffer.Append(value.ToString(CultureInfo.InvariantCulture));

    public readonly void AppendFormatted<T>(T value, string? format = null) where T : IFormattable =>
        HtmlEncoding.Encode(_buffer, value.ToString(format, CultureInfo.InvariantCulture));
}

internal static class HtmlEncoding
{
    public static void Encode(StringBuilder buffer, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        var span = text.AsSpan();
        while (true)
        {
            var i = span.IndexOfAny("&<>\"'");
            if (i < 0)
            {
                buffer.Append(span);
                return;
            }
            buffer.Append(span[..i]);
            buffer.Append(span[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            span = span[(i + 1)..];
        }
    }

    public static string Encode(string? text)
    {
        var sb = new StringBuilder(text?.Length ?? 0);
        Encode(sb, text);
        return sb.ToString();
    }
}
