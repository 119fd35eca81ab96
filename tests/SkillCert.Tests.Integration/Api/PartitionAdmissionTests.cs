using SkillCert.VerifyApi.Http;

namespace SkillCert.Tests.Integration.Api;

public class PartitionAdmissionTests
{
    private static readonly TimeSpan Generation = TimeSpan.FromMinutes(2);

    [Fact]
    public void It_admits_no_more_distinct_keys_than_its_capacity_however_many_arrive()
    {
        var admission = new PartitionAdmission(100, Generation, new ManualClock(VerifyApplication.Now));
        Assert.Equal(100, Enumerable.Range(0, 100_000).Count(i => admission.Admit("10.0." + i)));
    }

    [Fact]
    public void A_key_it_holds_is_admitted_again_when_it_is_full()
    {
        var admission = new PartitionAdmission(2, Generation, new ManualClock(VerifyApplication.Now));
        admission.Admit("a");
        admission.Admit("b");
        Assert.False(admission.Admit("c"));
        Assert.True(admission.Admit("a"));
    }

    [Fact]
    public void A_key_unused_for_two_generations_is_forgotten_and_makes_room()
    {
        var clock = new ManualClock(VerifyApplication.Now);
        var admission = new PartitionAdmission(1, Generation, clock);
        admission.Admit("a");
        clock.Now += Generation;
        Assert.False(admission.Admit("b"));
        clock.Now += Generation;
        Assert.True(admission.Admit("b"));
    }

    [Fact]
    public void A_key_used_in_the_last_generation_is_carried_into_the_next()
    {
        var clock = new ManualClock(VerifyApplication.Now);
        var admission = new PartitionAdmission(1, Generation, clock);
        admission.Admit("a");
        clock.Now += Generation;
        Assert.True(admission.Admit("a"));
        clock.Now += Generation;
        Assert.False(admission.Admit("b"));
        Assert.True(admission.Admit("a"));
    }

    [Fact]
    public void It_holds_each_key_in_a_generation_longer_than_a_bucket_outlives_its_last_request() =>
        // A bucket refills within a minute of its last request, and the limiter drops it 10 s after that.
        Assert.True(ClientPartitions.Generation > TimeSpan.FromSeconds(70));
}
