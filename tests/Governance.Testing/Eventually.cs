namespace Governance.Testing;

/// <summary>Waits for an asynchronous effect (the outbox relay runs in the background) with a generous bound.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what ?? "the condition"}; last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
