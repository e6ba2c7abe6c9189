using System.Buffers.Binary;

namespace Governance.SharedKernel.Data;

/// <summary>
/// UUIDv7 ids that ascend in the order this process makes them, even within one millisecond (RFC 9562 §6.2 method 1: a
/// 12-bit counter in <c>rand_a</c>, a millisecond borrowed from the future when it runs over). EF Core writes the rows of
/// one save ordered by key, so rows keyed by these ids are inserted in the order they were added — which is what gives
/// an append-only timeline its order.
/// </summary>
public static class MonotonicGuid
{
    private static long _last;

    public static Guid Next(DateTimeOffset at)
    {
        var candidate = at.ToUnixTimeMilliseconds() << 12;
        long value;
        long last;
        do
        {
            last = Volatile.Read(ref _last);
            value = Math.Max(candidate, last + 1);
        }
        while (Interlocked.CompareExchange(ref _last, value, last) != last);

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, (value >> 12) << 16);
        BinaryPrimitives.WriteUInt16BigEndian(bytes[6..], (ushort)(0x7000 | (value & 0x0FFF)));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], ((ulong)Random.Shared.NextInt64() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000);
        return new Guid(bytes, bigEndian: true);
    }
}
