using PodConnect.Errors;
using PodConnect.Providers;

namespace PodConnect.Prodigi.Internal;

/// <summary>
/// Prodigi answered a create with <c>AlreadyExists</c>: the idempotency key was used before. It tells the
/// template's placement flow "already placed" (<see cref="PodProviderBase"/> then reads the order back)
/// and carries the order Prodigi returned, for when the list does not show it yet.
/// </summary>
internal sealed class ProdigiOrderExistsException(PodOrder existing, string? traceParent)
    : ConflictException(
        $"Prodigi already holds order {existing.ProviderOrderId} for this idempotency key; nothing new was created.",
        new RemoteErrorDetails(ProdigiClient.ServiceName, 200, "AlreadyExists", RequestId: traceParent))
{
    public PodOrder Existing { get; } = existing;
}
