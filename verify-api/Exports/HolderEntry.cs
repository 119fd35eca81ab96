namespace SkillCert.VerifyApi.Exports;

/// <summary>One entry of the export's index by ID hash: whether it has the hash looked up, its holder's name, its certificate.</summary>
public readonly record struct HolderEntry(bool SameId, string HolderName, string Number);
