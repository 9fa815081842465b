using PodConnect.Providers;
using PodConnect.Testing.Common;

namespace PodConnect.Testing.Contracts;

/// <summary>
/// What <see cref="PodProviderContract"/> needs to test one <see cref="IPodProvider"/>: the provider wired to
/// a fake of its API, and the few provider-specific facts the contract cannot guess (where the create goes,
/// how to move an order to a raw status, which statuses the provider documents, how to sign a webhook).
/// </summary>
public sealed class PodProviderContractSubject : IDisposable
{
    /// <summary>The provider under test, talking to <see cref="Fake"/>.</summary>
    public required IPodProvider Provider { get; init; }

    /// <summary>The fake of the provider's API (faults and the request log are used).</summary>
    public required FakeServer Fake { get; init; }

    /// <summary>A valid order for this provider with the given external id.</summary>
    public required Func<string, PodOrderRequest> Order { get; init; }

    /// <summary>The create call: method and exact path (<c>POST /v4/orders</c>).</summary>
    public required (HttpMethod Method, string Path) CreateRoute { get; init; }

    /// <summary>The exact path <see cref="IPodProvider.GetOrderAsync"/> reads for an order (<c>/v4/orders/{id}</c>).</summary>
    public required Func<PodOrder, string> ReadPath { get; init; }

    /// <summary>How many orders the fake holds with an external id (the duplicate check).</summary>
    public required Func<string, int> OrdersAtFake { get; init; }

    /// <summary>Every status the provider documents, with the hub status it must map to.</summary>
    public required IReadOnlyDictionary<string, PodOrderStatus> DocumentedStatuses { get; init; }

    /// <summary>Moves an order at the fake to a raw status (any string, known or not).</summary>
    public required Func<PodOrder, string, Task> SetRawStatusAsync { get; init; }

    /// <summary>A valid webhook body of the provider (an order status event).</summary>
    public required byte[] WebhookBody { get; init; }

    /// <summary>Makes an authentic delivery of any body (signature or shared secret as configured on <see cref="Provider"/>).</summary>
    public required Func<byte[], PodWebhookRequest> AuthenticWebhook { get; init; }

    /// <summary>A delivery of <see cref="WebhookBody"/> that is not authentic (wrong signature or secret).</summary>
    public required PodWebhookRequest ForgedWebhook { get; init; }

    /// <summary>Disposed with the subject (the service provider, the fake…).</summary>
    public IReadOnlyList<IDisposable> Owned { get; init; } = [];

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var owned in Owned)
        {
            owned.Dispose();
        }
    }
}
