namespace PodConnect.SampleHost;

/// <summary>Sample-only routes that play the buyer and the printer, so the loop has something to do.</summary>
public static class SampleOrderEndpoints
{
    /// <summary>
    /// <c>POST /sample/orders?sku=TEE-BLK-M&amp;country=GB</c> places an order on the TikTok stand-in and answers its id;
    /// <c>GET /sample/orders/{id}</c> tells where it is; <c>POST /sample/orders/{id}/ship</c> ships it at its provider.
    /// </summary>
    /// <param name="app">The host.</param>
    /// <param name="fakes">The stand-ins.</param>
    public static void MapSampleOrders(this WebApplication app, SampleFakes fakes)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(fakes);
        var orders = app.MapGroup("/sample/orders");
        orders.MapPost("/", (string? sku, string? country) =>
            Results.Text(fakes.PlaceOrder(sku ?? "TEE-BLK-M", country ?? "GB") + "\n"));
        orders.MapGet("/{id}", (string id) => fakes.Describe(id) is { } order ? Results.Text(order.ToJsonString() + "\n", "application/json") : Results.NotFound());
        orders.MapPost("/{id}/ship", async (string id) => await fakes.ShipAsync(id).ConfigureAwait(false) ? Results.Ok() : Results.NotFound());
    }
}
