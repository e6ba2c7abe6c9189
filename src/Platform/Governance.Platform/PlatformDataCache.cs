using Governance.Platform.Abstractions.Time;

namespace Governance.Platform;

/// <summary>
/// Reference data read from the platform schema and kept in memory for <c>refreshInterval</c>. The host that changes
/// the data calls <see cref="Invalidate"/> so its change applies at once; other hosts see it within the interval.
/// Loading is synchronous (one small query now and then) because <c>IWorkCalendar</c> is a synchronous interface.
/// </summary>
public sealed class PlatformDataCache<T>(
    IServiceScopeFactory scopes, TimeProvider clock, TimeSpan refreshInterval, Func<PlatformDbContext, T> load)
    where T : class
{
    private readonly Lock _loading = new();
    private volatile Loaded? _current;
    private long _generation;

    public T Get()
    {
        if (Fresh(_current) is { } cached)
        {
            return cached;
        }

        lock (_loading)
        {
            if (Fresh(_current) is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }

            var generation = Interlocked.Read(ref _generation);
            using var scope = scopes.CreateScope();
            var loaded = new Loaded(load(scope.ServiceProvider.GetRequiredService<PlatformDbContext>()), clock.GetUtcNow());
            // Data read before an invalidation that happened during the load may be stale: use it once, keep it not.
            if (generation == Interlocked.Read(ref _generation))
            {
                _current = loaded;
            }

            return loaded.Value;
        }
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _current = null;
    }

    private T? Fresh(Loaded? loaded) =>
        loaded is not null && clock.GetUtcNow() - loaded.At < refreshInterval ? loaded.Value : null;

    private sealed record Loaded(T Value, DateTimeOffset At);
}
