using System.Security.Cryptography;
using System.Text;

namespace Ladder.Applications;

/// <summary>
/// A hash of what was submitted, stored with the idempotency key: a retry with the same key and the same content gets
/// the original reference, while the same key with other content is refused rather than leaking someone's reference.
/// </summary>
internal static class ApplicationFingerprint
{
    public static string Of(NewApplication a)
    {
        var joined = string.Join('\u001f', a.Name, a.Email, a.CurrentRole, a.TargetRoleSlug,
            a.YearsOfExperience.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Location ?? "", a.Message);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
