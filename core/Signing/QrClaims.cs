using System.Globalization;
using System.Text;

namespace SkillCert.Core.Signing;

/// <summary>What a certificate's QR code vouches for: number, holder's name, level and issue date.</summary>
public sealed record QrClaims(string Number, string Name, int Level, DateOnly IssuedOn)
{
    /// <summary>The exact bytes that are signed: <c>number|name|level|yyyy-MM-dd</c> in UTF-8.</summary>
    public byte[] SignedBytes() => Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Number}|{Name}|{Level}|{IssuedOn:yyyy-MM-dd}"));
}
