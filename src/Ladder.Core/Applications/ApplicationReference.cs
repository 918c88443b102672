using System.Security.Cryptography;

namespace Ladder.Applications;

/// <summary>Reference numbers people can read aloud: <c>LAD-7K3M-Q9XD</c>, 40 random bits in Crockford base 32.</summary>
public static class ApplicationReference
{
    // No I, L, O or U, so a reference survives being read over the phone.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[5];
        RandomNumberGenerator.Fill(bytes);
        ulong bits = 0;
        foreach (var b in bytes) bits = (bits << 8) | b;
        Span<char> chars = stackalloc char[13];
        "LAD-".CopyTo(chars);
        for (int i = 0, pos = 4; i < 8; i++, pos++)
        {
            if (i == 4) chars[pos++] = '-';
            chars[pos] = Alphabet[(int)((bits >> (35 - 5 * i)) & 31)];
        }
        return new string(chars);
    }

    public static bool IsValid(string? reference)
    {
        if (reference is not { Length: 13 } || !reference.StartsWith("LAD-", StringComparison.Ordinal) || reference[8] != '-') return false;
        for (int i = 4; i < 13; i++)
        {
            if (i != 8 && !Alphabet.Contains(reference[i])) return false;
        }
        return true;
    }
}
