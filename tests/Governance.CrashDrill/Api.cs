using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.CrashDrill;

/// <summary>
/// One caller of the host that outlasts its outages: every request is sent again, unchanged (same Idempotency-Key, same
/// body), after a 503 or a failed connection until the host answers otherwise, and every answer is counted.
/// </summary>
internal sealed class Api(Uri baseAddress, Counters counters, CancellationToken giveUp) : IDisposable
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ConnectionPause = TimeSpan.FromMilliseconds(250);

    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public string? Token
    {
        set => _http.DefaultRequestHeaders.Authorization = value is null ? null : new AuthenticationHeaderValue("Bearer", value);
    }

    public Task<Answer> GetAsync(string path) => SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path));

    public Task<Answer> PostAsync(string path, object body, string? idempotencyKey = null, string? ifMatch = null) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            return request;
        });

    /// <summary>A success: its JSON body; anything else that is not retried counts as unexpected and throws.</summary>
    public static JsonElement Ok(Answer answer, Counters counters) => answer.IsSuccess
        ? answer.Body
        : throw Unexpected(answer, counters);

    public static DrillFailure Unexpected(Answer answer, Counters counters)
    {
        counters.UnexpectedAnswer();
        return new DrillFailure($"{answer.Path}: {(int)answer.Status} {answer.Body}");
    }

    public void Dispose() => _http.Dispose();

    private async Task<Answer> SendAsync(Func<HttpRequestMessage> request)
    {
        while (true)
        {
            giveUp.ThrowIfCancellationRequested();
            using var message = request();
            counters.Request();
            try
            {
                using var response = await _http.SendAsync(message, giveUp);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    var retryAfter = response.Headers.RetryAfter?.Delta;
                    counters.ServiceUnavailable(retryAfter is not null);
                    await Task.Delay(retryAfter is { } delta && delta < MaxPause ? delta : MaxPause, giveUp);
                    continue;
                }

                if ((int)response.StatusCode >= 500)
                {
                    counters.OtherServerError();
                    await Task.Delay(MaxPause, giveUp);
                    continue;
                }

                var text = await response.Content.ReadAsStringAsync(giveUp);
                var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
                return new Answer(message.RequestUri!.ToString(), response.StatusCode, body, response.Headers.ETag?.Tag);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !giveUp.IsCancellationRequested)
            {
                counters.ConnectionError();
                await Task.Delay(ConnectionPause, giveUp);
            }
        }
    }
}

internal sealed record Answer(string Path, HttpStatusCode Status, JsonElement Body, string? ETag)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}

/// <summary>The drill cannot go on: the host answered what a correct client never gets.</summary>
internal sealed class DrillFailure(string message) : Exception(message);
