using System.Buffers.Binary;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>
/// UUIDv7 ids for the rows of one import with a counter in place of the random bits (RFC 9562 §6.2): ids made
/// in one import are ascending, so a million new rows append to the primary key index instead of landing at random
/// places in it. Imports started in different milliseconds never share an id.
/// </summary>
internal sealed class SequentialIds(DateTimeOffset start)
{
    private readonly long _milliseconds = start.ToUnixTimeMilliseconds();
    private readonly ulong _seed = (ulong)Random.Shared.NextInt64() & 0x0000_00FF_FFFF_FFFF;
    private ulong _counter;

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, _milliseconds << 16);
        bytes[6] = 0x70;

        // The counter lives in the 62 bits after the variant bits; it starts at a random point below 2^40.
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], (_seed + _counter++) | 0x8000_0000_0000_0000);
        return new Guid(bytes, bigEndian: true);
    }
}
