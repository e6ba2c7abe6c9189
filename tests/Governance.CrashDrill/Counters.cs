namespace Governance.CrashDrill;

/// <summary>What the clients saw, counted across all of them.</summary>
internal sealed class Counters
{
    private long _requests;
    private long _unavailable;
    private long _unavailableWithoutRetryAfter;
    private long _otherServerErrors;
    private long _connectionErrors;
    private long _unexpected;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>503 answers: the database was down.</summary>
    public long Unavailable => Interlocked.Read(ref _unavailable);

    public long UnavailableWithoutRetryAfter => Interlocked.Read(ref _unavailableWithoutRetryAfter);

    /// <summary>5xx other than 503: must stay 0.</summary>
    public long OtherServerErrors => Interlocked.Read(ref _otherServerErrors);

    /// <summary>Refused, reset or timed-out connections: the host was down.</summary>
    public long ConnectionErrors => Interlocked.Read(ref _connectionErrors);

    /// <summary>4xx a correct client does not get (anything but a 409 on a stale If-Match): must stay 0.</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    public void Request() => Interlocked.Increment(ref _requests);

    public void ServiceUnavailable(bool hasRetryAfter)
    {
        Interlocked.Increment(ref _unavailable);
        if (!hasRetryAfter)
        {
            Interlocked.Increment(ref _unavailableWithoutRetryAfter);
        }
    }

    public void OtherServerError() => Interlocked.Increment(ref _otherServerErrors);

    public void ConnectionError() => Interlocked.Increment(ref _connectionErrors);

    public void UnexpectedAnswer() => Interlocked.Increment(ref _unexpected);
}
