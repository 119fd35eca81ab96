namespace SkillCert.Core.Signing;

/// <summary>What a certificate's QR code vouches for: number, holder's name, level and issue date (signed as <see cref="ClaimsEncoding"/> says).</summary>
public sealed record QrClaims(string Number, string Name, int Level, DateOnly IssuedOn);
