using SkillCert.Core.Diagnostics;

namespace SkillCert.Core.Signing;

/// <summary>
/// Decides which public keys an export publishes. The keys given for this export are in rotation order: the last
/// is current, the ones before it are retired as of the export date. Keys named for revocation are revoked (and
/// retired) as of the export date. Keys of the previous export are never dropped, so that signatures they made keep
/// verifying; their first-use, retirement and revocation dates are kept, and a revocation is never undone.
/// </summary>
public static class KeyRotation
{
    /// <returns>The keys in key-id order, or null with <paramref name="error"/> set when the rotation is impossible.</returns>
    public static IReadOnlyList<PublishedKey>? Publish(IReadOnlyList<PublishedKey> previous, IReadOnlyList<byte[]> given,
        IReadOnlyCollection<string> revoke, DateOnly asOf, out Phrase? error)
    {
        error = null;
        if (given.Count == 0)
        {
            error = new("--signing-key：至少要给一个签名密钥；最后给出的是当前密钥", "--signing-key: give at least one signing key; the last one given is the current key");
            return null;
        }
        var earlier = previous.ToDictionary(k => k.KeyId, StringComparer.Ordinal);
        var current = PublishedKey.FromSpki(given[^1], asOf);
        if (earlier.TryGetValue(current.KeyId, out var known))
        {
            if (known.Revoked is { } revoked)
            {
                error = new($"--signing-key：密钥 {current.KeyId} 已于 {revoked:yyyy-MM-dd} 吊销，不能再签名；用 skillcert keys new 生成一个新密钥",
                    $"--signing-key: key {current.KeyId} was revoked on {revoked:yyyy-MM-dd} and can never sign again; create a new key with 'skillcert keys new'");
                return null;
            }
            if (known.Retired is { } retired)
            {
                error = new($"--signing-key：密钥 {current.KeyId} 已于 {retired:yyyy-MM-dd} 停用，不能再作为当前密钥；用 skillcert keys new 生成一个新密钥",
                    $"--signing-key: key {current.KeyId} was retired on {retired:yyyy-MM-dd} and cannot become current again; create a new key with 'skillcert keys new'");
                return null;
            }
            current = known;
        }
        var published = new Dictionary<string, PublishedKey>(StringComparer.Ordinal) { [current.KeyId] = current };
        foreach (var spki in given.Take(given.Count - 1))
        {
            var key = PublishedKey.FromSpki(spki, asOf);
            if (published.ContainsKey(key.KeyId)) continue;
            published[key.KeyId] = earlier.TryGetValue(key.KeyId, out var old) ? old with { Retired = old.Retired ?? asOf } : key with { Retired = asOf };
        }
        foreach (var old in previous)
        {
            if (!published.ContainsKey(old.KeyId)) published[old.KeyId] = old with { Retired = old.Retired ?? asOf };
        }
        foreach (var id in revoke.Select(r => r.Trim().ToLowerInvariant()))
        {
            if (id == current.KeyId)
            {
                error = new($"--revoke-key {id}：这是当前密钥（--signing-key 最后给出的那个）；先用 skillcert keys new 生成新密钥，把它放在最后，从此由它签名",
                    $"--revoke-key {id}: this is the current key, given last with --signing-key; create a new key with 'skillcert keys new' and give it last, so that it signs from now on");
                return null;
            }
            if (!published.TryGetValue(id, out var key))
            {
                error = new($"--revoke-key {id}：上一次的导出和 --signing-key 里都没有这个编号的密钥；keys.json 和 skillcert keys public 密钥文件 会显示密钥编号",
                    $"--revoke-key {id}: no key of the previous export or of --signing-key has this id; keys.json and 'skillcert keys public KEY' show the ids");
                return null;
            }
            published[id] = key with { Retired = key.Retired ?? asOf, Revoked = key.Revoked ?? asOf };
        }
        return published.Values.OrderBy(k => k.KeyId, StringComparer.Ordinal).ToList();
    }
}
