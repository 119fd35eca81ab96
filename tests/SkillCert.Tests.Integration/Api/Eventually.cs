namespace SkillCert.Tests.Integration.Api;

/// <summary>Waits for something the service does in the background, such as noticing a new export file.</summary>
public static class Eventually
{
    /// <summary>Long enough for several of the watcher's two-second polls on a busy machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task True(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail($"within {Patience.TotalSeconds} s: {what}");
    }
}
