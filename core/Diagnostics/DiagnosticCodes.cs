namespace SkillCert.Core.Diagnostics;

/// <summary>
/// Every diagnostic code in one place. Codes are stable: scripts and the bad-content corpus match on them.
/// SC1xxx files and YAML, SC2xxx catalogue data, SC3xxx pages, SC4xxx templates, SC5xxx the built site, SC6xxx the certificate export read by the build, SC7xxx rosters and batches, SC8xxx the demo's and the
/// service's start-up, SC9xxx what is typed or given on the command line: numbers, key files and the options themselves.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "SC1001";
    public const string EmptyFile = "SC1002";
    public const string FileTooLarge = "SC1003";
    public const string UnreadableFile = "SC1004";
    public const string NotAMapping = "SC1005";
    public const string MissingContent = "SC1006";

    public const string RequiredField = "SC2001";
    public const string WrongType = "SC2002";
    public const string UnknownField = "SC2003";
    public const string BadSeq = "SC2101";
    public const string DuplicateSeq = "SC2102";
    public const string SeqFileMismatch = "SC2103";
    public const string UnknownOccupation = "SC2104";
    public const string BadLevel = "SC2105";
    public const string BadCreditCode = "SC2106";
    public const string DuplicateCreditCode = "SC2107";
    public const string BadDate = "SC2108";
    public const string DatesOutOfOrder = "SC2109";
    public const string UnknownEventType = "SC2110";
    public const string BadCategory = "SC2111";
    public const string BadRoute = "SC2112";
    public const string BadChoice = "SC2113";
    public const string UnknownTrade = "SC2114";
    public const string DuplicateScope = "SC2115";
    public const string RenameToSameName = "SC2116";
    public const string ExpiresSoon = "SC2201";

    // The content compared with what was published (skillcert check): history is dated, never rewritten.
    public const string NameEdited = "SC2202";
    public const string ScopeEdited = "SC2203";
    public const string PublishedEventGone = "SC2204";
    public const string PublishedEventChanged = "SC2205";
    public const string PublishedInstitutionGone = "SC2206";
    public const string BadSiteSetting = "SC2301";
    public const string PlaceholderHost = "SC2302";
    public const string BadOccupation = "SC2401";
    public const string DuplicateOccupation = "SC2402";

    public const string BadFrontMatter = "SC3001";
    public const string MissingFrontMatterField = "SC3002";
    public const string DuplicateSlug = "SC3003";
    public const string BadSlug = "SC3004";
    public const string BadFrontMatterValue = "SC3005";
    public const string MarkdownTooDeep = "SC3006";

    public const string TemplateSyntax = "SC4001";
    public const string TemplateRuntime = "SC4002";
    public const string MissingTemplate = "SC4003";

    public const string BrokenLink = "SC5001";
    public const string BrokenAnchor = "SC5002";
    public const string DuplicateId = "SC5003";
    public const string OutputFailed = "SC5004";
    public const string OutputRefused = "SC5005";

    public const string BadExport = "SC6001";
    public const string ExportMismatch = "SC6002";

    // skillcert check compares the content with what was published: a site's open data or an export's filings.
    public const string PublishedUnreadable = "SC6003";

    // The rosters, batch files and revocations read by skillcert export, certificates and forms.
    public const string RosterUnreadable = "SC7001";
    public const string RosterHeader = "SC7002";
    public const string RosterRow = "SC7003";
    public const string RosterLayout = "SC7004";
    public const string BatchNotIssued = "SC7005";
    public const string BatchTotals = "SC7006";
    public const string Revocations = "SC7007";
    public const string PreviousExport = "SC7008";
    public const string RosterEncodingGuess = "SC7009";

    // The demo's start-up (dotnet run --project demo), which builds the demo from the checkout and serves it.
    public const string DemoNotWritten = "SC8001";

    // The verification service's export (SkillCert:Export), at start-up and at every swap: why a file is not served.
    public const string ExportNotConfigured = "SC8100";
    public const string ExportMissing = "SC8101";
    public const string ExportEmpty = "SC8102";
    public const string ExportTruncated = "SC8103";
    public const string ExportNotDatabase = "SC8104";
    public const string ExportNotSkillCert = "SC8105";
    public const string ExportVersion = "SC8106";
    public const string ExportDamaged = "SC8107";
    public const string ExportBusy = "SC8108";
    public const string ExportIdKeyMismatch = "SC8109";

    // The verification service's own settings, checked before it listens: with one wrong it does not start.
    public const string SettingOutOfRange = "SC8200";
    public const string SettingNotAnAddress = "SC8201";
    public const string CannotListen = "SC8202";

    // What a person types or gives to the small commands.
    public const string MalformedNumber = "SC9001";
    public const string KeysUnreadable = "SC9002";

    // The ID key file (skillcert export and certificates --id-key, the service's SkillCert:IdKey): the secret of the ID-number hash.
    public const string IdKeyMissing = "SC9010";
    public const string IdKeyUnreadable = "SC9011";
    public const string IdKeyMalformed = "SC9012";
    public const string IdKeyExposed = "SC9013";
    public const string IdKeyNotConfigured = "SC9014";
    public const string IdKeyOpen = "SC9015";

    // The command line itself, as skillcert parses it: a word it does not know, something missing, a value of the wrong form.
    public const string UnknownWord = "SC9020";
    public const string MissingWord = "SC9021";
    public const string BadValue = "SC9022";
    public const string UnusableValue = "SC9023";
}
