using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Ladder.Web.Hosting;

public enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}

/// <summary>Picks a content coding from an Accept-Encoding header (RFC 9110 §12.5.3): the highest q-value wins, Brotli on a tie.</summary>
public static class AcceptEncoding
{
    public static ContentCoding Choose(StringValues header)
    {
        if (header.Count == 0) return ContentCoding.Identity;
        double? brotli = null, gzip = null, any = null;
        foreach (var value in header)
        {
            if (value is null) continue;
            foreach (var range in value.AsSpan().Split(','))
            {
                var item = value.AsSpan()[range];
                var semicolon = item.IndexOf(';');
                var name = (semicolon < 0 ? item : item[..semicolon]).Trim();
                var q = semicolon < 0 ? 1.0 : Quality(item[(semicolon + 1)..]);
                if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) brotli = q;
                else if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase)) gzip = q;
                else if (name is "*") any = q;
            }
        }
        var br = brotli ?? any ?? 0;
        var gz = gzip ?? any ?? 0;
        if (br <= 0 && gz <= 0) return ContentCoding.Identity;
        return br >= gz ? ContentCoding.Brotli : ContentCoding.Gzip;
    }

    /// <summary>The q parameter of "q=0.5" (other parameters ignored); a malformed q counts as 0, so that coding is not used.</summary>
    private static double Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var p = parameters[range].Trim();
            if (p.Length < 2 || (p[0] != 'q' && p[0] != 'Q') || p[1] != '=') continue;
            return double.TryParse(p[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q) && q is >= 0 and <= 1 ? q : 0;
        }
        return 1.0;
    }
}
