namespace PodConnect.Providers;

/// <summary>
/// A provider's stock API, read by the fulfilment loop's stock poller (<see cref="Fulfillment.FulfillmentOptions.StockPollInterval"/>)
/// and reported into the <see cref="Inventory.ProviderAvailabilityBoard"/> that routing and the inventory guard read. A
/// provider package registers one when its provider publishes stock (Printful, Gelato); a provider without one is fed
/// by its stock webhooks only, or not at all. Implementations go through the provider's client, so its rate limits and
/// resilience pipeline apply.
/// </summary>
public interface IPodStockSource
{
    /// <summary>The provider's name (<see cref="IPodProvider.Name"/>), e.g. <c>printful</c>.</summary>
    string Provider { get; }

    /// <summary>
    /// Reads the stock of <paramref name="productIds"/> (the catalogue's product ids for this provider): for each product
    /// a provider-wide change (<see cref="PodStockChange.FacilityId"/> <see langword="null"/>) and, where the provider
    /// reports by region, one per facility of the network. Yields as it reads, so what was read before a failure still
    /// counts; a failure ends the read with a <see cref="Errors.PodConnectException"/> (any other exception is treated the
    /// same way by the poller: logged, and the last known stock stands).
    /// </summary>
    /// <param name="productIds">The products to read, distinct.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    IAsyncEnumerable<PodStockChange> ReadStockAsync(IReadOnlyList<string> productIds, CancellationToken cancellationToken = default);
}
