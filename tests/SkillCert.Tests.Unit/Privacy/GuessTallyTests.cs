using SkillCert.Core.Privacy;

namespace SkillCert.Tests.Unit.Privacy;

public class GuessTallyTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>2026-03-01 in Beijing, a second before its end.</summary>
    private static SettableClock LateEvening() => new(new DateTimeOffset(2026, 3, 1, 23, 59, 59, Beijing), Beijing);

    private static int Takes(GuessTally tally, string key, int cap, int attempts) =>
        Enumerable.Range(0, attempts).Count(attempt => tally.TryTake(key, cap, out _));

    [Fact]
    public void A_key_is_refused_once_it_has_taken_its_cap()
    {
        var tally = new GuessTally(1 << 12, LateEvening());
        Assert.Equal(5, Takes(tally, "Y000014000001223000001", cap: 5, attempts: 8));
        Assert.Equal(5, tally.Count("Y000014000001223000001"));
    }

    [Fact]
    public void A_guess_given_back_no_longer_counts()
    {
        var tally = new GuessTally(1 << 12, LateEvening());
        Assert.True(tally.TryTake("张三明", 5, out var ticket));
        tally.GiveBack(ticket);
        Assert.Equal(0, tally.Count("张三明"));
        Assert.Equal(5, Takes(tally, "张三明", cap: 5, attempts: 8));
    }

    [Fact]
    public void Every_count_starts_again_when_the_local_day_ends()
    {
        var clock = LateEvening();
        var tally = new GuessTally(1 << 12, clock);
        Takes(tally, "140902", cap: 3, attempts: 3);
        Assert.False(tally.TryTake("140902", 3, out _));
        clock.Now = clock.Now.AddSeconds(1);
        Assert.Equal(0, tally.Count("140902"));
        Assert.True(tally.TryTake("140902", 3, out _));
    }

    [Fact]
    public void The_day_is_the_services_local_day_not_the_utc_day()
    {
        // 16:00 UTC is midnight in Beijing: the count resets then, not eight hours later.
        var clock = new SettableClock(new DateTimeOffset(2026, 3, 1, 15, 59, 0, TimeSpan.Zero), Beijing);
        var tally = new GuessTally(1 << 12, clock);
        Takes(tally, "140902", cap: 3, attempts: 3);
        clock.Now = new DateTimeOffset(2026, 3, 1, 16, 0, 0, TimeSpan.Zero);
        Assert.Equal(0, tally.Count("140902"));
    }

    [Fact]
    public void A_guess_from_yesterday_given_back_today_leaves_todays_count_alone()
    {
        var clock = LateEvening();
        var tally = new GuessTally(1 << 12, clock);
        Assert.True(tally.TryTake("张三明", 5, out var yesterdays));
        clock.Now = clock.Now.AddMinutes(1);
        Assert.True(tally.TryTake("张三明", 5, out _));
        tally.GiveBack(yesterdays);
        Assert.Equal(1, tally.Count("张三明"));
    }

    [Fact]
    public void Keys_that_share_every_cell_share_one_count_so_they_are_refused_early_never_late()
    {
        // One cell per row: every key collides with every other.
        var tally = new GuessTally(1, LateEvening());
        Takes(tally, "Y000014000001223000001", cap: 5, attempts: 5);
        Assert.False(tally.TryTake("Y000014000001223000002", 5, out _));
        Assert.Equal(5, tally.Count("Y000014000001223000002"));
    }

    [Fact]
    public void However_keys_collide_no_key_takes_more_than_its_cap_and_no_count_falls_below_its_guesses()
    {
        // 16 cells a row for 200 keys: every cell is shared by many keys, and some guesses are given back.
        var tally = new GuessTally(16, LateEvening());
        var random = new Random(13);
        var taken = new int[200];
        for (var i = 0; i < 20_000; i++)
        {
            var key = random.Next(taken.Length);
            if (!tally.TryTake("key" + key, 7, out var ticket)) continue;
            if (random.Next(3) == 0) tally.GiveBack(ticket);
            else taken[key]++;
        }
        Assert.All(Enumerable.Range(0, taken.Length), k =>
        {
            Assert.InRange(taken[k], 0, 7);
            Assert.True(tally.Count("key" + k) >= taken[k], $"key{k} counts {tally.Count("key" + k)} for {taken[k]} guesses");
        });
    }

    [Fact]
    public void A_full_cell_stays_full_so_giving_back_never_lowers_another_keys_count()
    {
        var tally = new GuessTally(1, LateEvening());
        var tickets = Enumerable.Range(0, 300).Select(i => tally.TryTake("k" + i, 255, out var t) ? t : default).ToList();
        Assert.Equal(255, tally.Count("any"));
        foreach (var ticket in tickets) tally.GiveBack(ticket);
        Assert.Equal(255, tally.Count("any"));
    }

    [Fact]
    public void Its_memory_is_fixed_at_construction_whatever_the_keys()
    {
        var tally = new GuessTally(1 << 16, LateEvening());
        var keys = Enumerable.Range(0, 100_000).Select(i => "distinct-wrong-name-" + i).ToArray();
        tally.TryTake(keys[0], 5, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var key in keys) tally.TryTake(key, 5, out _);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(GuessTally.Depth * (1 << 16), tally.Bytes);
        Assert.True(allocated < 64 * 1024, $"100,000 new keys allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Each_tally_draws_its_own_hash_key_so_its_collisions_cannot_be_known_outside()
    {
        var clock = LateEvening();
        var first = new GuessTally(1 << 20, clock);
        var second = new GuessTally(1 << 20, clock);
        first.TryTake("Y000014000001223000001", 5, out var a);
        second.TryTake("Y000014000001223000001", 5, out var b);
        var (cellsA, cellsB) = (a.Cells, b.Cells);
        ReadOnlySpan<int> rowsA = cellsA, rowsB = cellsB;
        Assert.NotEqual(rowsA.ToArray(), rowsB.ToArray());
    }

    [Fact]
    public void A_width_that_is_not_a_power_of_two_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GuessTally(1000, LateEvening()));
}
