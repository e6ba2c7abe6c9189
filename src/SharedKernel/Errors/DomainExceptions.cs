namespace Governance.SharedKernel.Errors;

/// <summary>A business rule refused the request (HTTP 422); say which rule and what the caller can do instead.</summary>
public class BusinessRuleException(string message, IReadOnlyDictionary<string, object?>? details = null)
    : Exception(message)
{
    /// <summary>Extra members of the problem document, e.g. the current state and the allowed next steps.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}

/// <summary>The record does not exist or is outside the caller's jurisdiction (HTTP 404).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>
/// The request conflicts with the current state of a record, e.g. a stale ETag or a duplicate (HTTP 409).
/// <paramref name="details"/> become extension members of the problem document, e.g. <c>existingId</c>.
/// </summary>
public sealed class ConflictException(string message, IReadOnlyDictionary<string, object?>? details = null) : Exception(message)
{
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}

/// <summary>The caller is known but may not do this (HTTP 403): missing permission, module not enabled for the department.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
