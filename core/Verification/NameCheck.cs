namespace SkillCert.Core.Verification;

/// <summary>What came of comparing a typed name with the holder's.</summary>
public enum NameCheck
{
    /// <summary>No name was given.</summary>
    NotGiven,

    /// <summary>The name is the holder's.</summary>
    Matches,

    /// <summary>The name is not the holder's.</summary>
    Differs,

    /// <summary>
    /// The name was not compared, because this certificate has had its day's share of wrong names: every client
    /// is refused until the next day, the right name included, so that guessing a name one character at a time stops.
    /// </summary>
    Refused,
}
