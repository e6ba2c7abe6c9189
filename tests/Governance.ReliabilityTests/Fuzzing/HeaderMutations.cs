namespace Governance.ReliabilityTests.Fuzzing;

/// <summary>Spoiled headers: odd <c>Accept</c>, wrong <c>Content-Type</c>, bad <c>If-Match</c> and <c>Idempotency-Key</c>.</summary>
public static class HeaderMutations
{
    private static readonly string[] Accepts =
        ["application/xml", "text/html", "*/*;q=0", "garbage", "application/json;q=0", "image/png", "", "application/problem+xml"];

    private static readonly string[] ContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1", "multipart/form-data",
         "application/json; charset=utf-7", "garbage", "application/json, text/plain"];

    private static readonly string[] IfMatches =
        ["garbage", "\"0\"", "*", "W/\"1\"", "\"", "\"a\", \"b\"", "", "\"" + new string('9', 5000) + "\"", "\"-1\"", "\"\u0000\""];

    private static readonly string[] IdempotencyKeys = ["", "   ", new string('k', 201), "\u0001key", "键", "a\u0000b", "\"quoted\""];

    public static readonly Mutation[] All =
    [
        new("odd Accept", (draft, random) => Header(draft, "Accept", Accepts.Pick(random))),
        new("wrong Content-Type", (draft, random) => draft.ContentType is null ? null
            : ContentTypes.Pick(random) is var type ? new($"Content-Type: {type}", draft with { ContentType = type }) : null),
        new("no Content-Type", (draft, _) => draft.ContentType is null ? null : new("no Content-Type", draft with { ContentType = null })),
        new("bad If-Match", (draft, random) => draft.Operation.Method == HttpMethod.Get ? null : Header(draft, "If-Match", IfMatches.Pick(random))),
        new("bad Idempotency-Key", (draft, random) => draft.Operation.Method != HttpMethod.Post ? null
            : Header(draft, "Idempotency-Key", IdempotencyKeys.Pick(random))),
        new("fresh Idempotency-Key", (draft, random) => draft.Operation.Method != HttpMethod.Post ? null
            : Header(draft, "Idempotency-Key", SampleValues.Uuid(random).ToString())),
    ];

    private static Mutated Header(RequestDraft draft, string name, string value) => new($"{name}: {value}", draft.WithHeader(name, value));
}
