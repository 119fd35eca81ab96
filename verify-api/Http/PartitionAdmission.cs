namespace SkillCert.VerifyApi.Http;

/// <summary>
/// A bounded set of the partition keys seen lately: it admits at most <c>capacity</c> distinct keys, and forgets a key
/// between one and two generations after its last use. A rate-limit partition is dropped at most about 70 s after its last
/// use (its bucket refills within a minute, then stays idle 10 s), so with generations longer than that, every live
/// partition's key is still in the set, and there are never more live partitions than the set's capacity.
/// The sets hash strings with .NET's per-process randomised hashing, so their buckets cannot be flooded on purpose.
/// </summary>
public sealed class PartitionAdmission(int capacity, TimeSpan generation, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private HashSet<string> _current = new(StringComparer.Ordinal);
    private HashSet<string> _previous = new(StringComparer.Ordinal);
    private DateTimeOffset _turnedAt = clock.GetUtcNow();

    /// <summary>True when <paramref name="key"/> may have a partition of its own: it has one already, or there is room.</summary>
    public bool Admit(string key)
    {
        lock (_gate)
        {
            Turn();
            if (_current.Contains(key)) return true;
            if (_previous.Contains(key))
            {
                _current.Add(key);
                return true;
            }
            // A key carried forward sits in both sets and is counted twice here, which only errs towards refusing.
            if (_current.Count + _previous.Count >= capacity) return false;
            _current.Add(key);
            return true;
        }
    }

    private void Turn()
    {
        var now = clock.GetUtcNow();
        var since = now - _turnedAt;
        if (since < generation) return;
        _previous.Clear();
        if (since < 2 * generation) (_previous, _current) = (_current, _previous);
        else _current.Clear();
        _turnedAt = now;
    }
}
