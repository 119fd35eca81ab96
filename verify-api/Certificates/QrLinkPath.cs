using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>
/// The signed claims of a compact QR link as its path segments carry them, bound only to declare and document the route's
/// parameters: the claims themselves are read from the raw path, as printed (<see cref="QrClaimsInput"/>).
/// </summary>
public sealed class QrLinkPath
{
    [FromRoute(Name = "level"), Description("The certificate's level as the QR code signed it, 1 to 5")]
    public required string Level { get; init; }

    [FromRoute(Name = "date"), Description("The issue date as the QR code signed it, yyyyMMdd")]
    public required string Date { get; init; }

    [FromRoute(Name = "key"), Description("The id of the published key that signed the claims")]
    public required string Key { get; init; }

    [FromRoute(Name = "holder"), Description("The holder's name, UTF-8 percent-encoded in upper case")]
    public required string Holder { get; init; }

    [FromRoute(Name = "signature"), Description("The ECDSA P-256 signature over the claims, base32")]
    public required string Signature { get; init; }
}
