namespace SkillCert.VerifyApi.Guesses;

/// <summary>Which daily budget on failed lookups has paused lookups until the next day.</summary>
public enum LookupPause
{
    /// <summary>Too many lookups with this holder name found nothing today.</summary>
    Name,

    /// <summary>Too many lookups with ID numbers of this region code found nothing today.</summary>
    Region,
}
