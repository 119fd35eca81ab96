using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace SkillCert.Core.Privacy;

/// <summary>
/// Counts guesses per key (a certificate number, a name, a region code) per local day in memory fixed at construction:
/// a count-min sketch of <see cref="Depth"/> rows of one-byte cells, a power of two of them per row, cleared when the day changes.
/// A key's count is the least of its cells. Collisions can only raise it, so a cap checked against it never lets a key
/// past its cap; at worst another key's guesses make it refuse early. Cells are chosen by HMAC-SHA256 under a key drawn
/// at random for each tally, so nobody outside the process can aim a collision.
/// </summary>
public sealed class GuessTally
{
    public const int Depth = 4;

    private const int StackKeyBytes = 256;

    private readonly byte[] _cells;
    private readonly byte[] _hashKey;
    private readonly TimeProvider _clock;
    private readonly int _width;
    private readonly Lock _gate = new();
    private int _day;

    /// <param name="width">Cells per row, a power of two; the tally holds <see cref="Depth"/> × width bytes, whatever it is fed.</param>
    /// <param name="clock">Where the local day comes from.</param>
    /// <param name="hashKey">The HMAC key; a fresh random one when null. Tests pass their own only to force collisions.</param>
    public GuessTally(int width, TimeProvider clock, byte[]? hashKey = null)
    {
        if (width < 1 || !BitOperations.IsPow2(width)) throw new ArgumentOutOfRangeException(nameof(width), width, "a power of two");
        _width = width;
        _cells = new byte[Depth * width];
        _hashKey = hashKey ?? RandomNumberGenerator.GetBytes(32);
        _clock = clock;
        _day = Today();
    }

    /// <summary>The memory the counts take, fixed at construction.</summary>
    public int Bytes => _cells.Length;

    /// <summary>
    /// Counts one guess for <paramref name="key"/> unless it already has <paramref name="cap"/> today (at most 255).
    /// The ticket gives the guess back when it turns out right, so that only wrong guesses stay counted; counting before
    /// the guess is judged keeps a burst of parallel guesses from slipping past the cap.
    /// </summary>
    public bool TryTake(string key, int cap, out GuessTicket ticket)
    {
        var cells = Cells(key);
        lock (_gate)
        {
            RollOver();
            if (Least(cells) >= cap)
            {
                ticket = default;
                return false;
            }
            foreach (var cell in cells)
            {
                // A full cell stays full: giving back must never take a count below what others put there.
                if (_cells[cell] < byte.MaxValue) _cells[cell]++;
            }
            ticket = new GuessTicket(_day, cells);
            return true;
        }
    }

    /// <summary>Takes back a guess counted today; a ticket from an earlier day, or none, changes nothing.</summary>
    public void GiveBack(in GuessTicket ticket)
    {
        lock (_gate)
        {
            RollOver();
            if (ticket.Day != _day) return;
            var cells = ticket.Cells;
            foreach (var cell in cells)
            {
                if (_cells[cell] is > 0 and < byte.MaxValue) _cells[cell]--;
            }
        }
    }

    /// <summary>Today's count for <paramref name="key"/>: never below the guesses it took, higher only by collisions.</summary>
    public int Count(string key)
    {
        var cells = Cells(key);
        lock (_gate)
        {
            RollOver();
            return Least(cells);
        }
    }

    private int Today() => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime).DayNumber;

    private void RollOver()
    {
        var today = Today();
        if (today == _day) return;
        Array.Clear(_cells);
        _day = today;
    }

    private int Least(GuessCells cells)
    {
        int least = byte.MaxValue;
        foreach (var cell in cells) least = Math.Min(least, _cells[cell]);
        return least;
    }

    /// <summary>One cell in each row, from four 32-bit slices of the key's HMAC.</summary>
    private GuessCells Cells(string key)
    {
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = length > StackKeyBytes ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> text = rented ?? stackalloc byte[StackKeyBytes];
            var written = Encoding.UTF8.GetBytes(key, text);
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(_hashKey, text[..written], hash);
            var cells = new GuessCells();
            for (var r = 0; r < Depth; r++)
                cells[r] = r * _width + (int)(BinaryPrimitives.ReadUInt32LittleEndian(hash[(4 * r)..]) & (uint)(_width - 1));
            return cells;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
