using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Ladder.Web.Applications;

/// <summary>
/// Checks the admin credential: <c>Authorization: Bearer TOKEN</c>, or HTTP Basic with any user name and the token as
/// the password (so a browser's sign-in prompt works). No token configured means the admin pages are off.
/// </summary>
internal sealed class AdminCredential(IOptions<AdminOptions> options)
{
    private readonly byte[]? _expected = string.IsNullOrEmpty(options.Value.Token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Token));

    public bool IsConfigured => _expected is not null;

    public bool Accepts(HttpRequest request)
    {
        if (_expected is null) return false;
        var header = request.Headers.Authorization;
        if (header.Count != 1 || header[0] is not { } value) return false;
        string? presented = null;
        if (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            presented = value["Bearer ".Length..].Trim();
        }
        else if (value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value["Basic ".Length..].Trim()));
                var colon = decoded.IndexOf(':');
                presented = colon >= 0 ? decoded[(colon + 1)..] : null;
            }
            catch (FormatException)
            {
                return false;
            }
        }
        if (string.IsNullOrEmpty(presented)) return false;
        // Compare hashes in constant time, so neither the length nor a common prefix leaks through timing.
        return CryptographicOperations.FixedTimeEquals(_expected, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
    }
}
