using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PodConnect.Testing.Gelato;
using PodConnect.Testing.Printful;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;

namespace PodConnect.SampleHost;

/// <summary>
/// The stand-ins for TikTok Shop, Gelato and Printful (PodConnect.Testing's fakes on 127.0.0.1). They write the
/// settings a production host reads from configuration, and are disposed with the host.
/// </summary>
public sealed class SampleFakes : IDisposable
{
    /// <summary>The secret Gelato sends in its webhook header (set in Gelato's dashboard in production).</summary>
    public const string GelatoWebhookSecret = "sample-gelato-webhook-secret";

    private SampleFakes(TimeProvider time)
    {
        TikTok = FakeTikTokShop.Start(time);
        Gelato = FakeGelato.Start(time);
        Gelato.WebhookSecret = GelatoWebhookSecret;
        Printful = FakePrintful.Start(time);
    }

    /// <summary>TikTok Shop's stand-in: orders, carriers, signed webhooks.</summary>
    public FakeTikTokShop TikTok { get; }

    /// <summary>Gelato's stand-in.</summary>
    public FakeGelato Gelato { get; }

    /// <summary>Printful's stand-in.</summary>
    public FakePrintful Printful { get; }

    /// <summary>Starts the stand-ins, adds their settings to the configuration and registers them for disposal with the host.</summary>
    /// <param name="builder">The host's builder.</param>
    public static SampleFakes Start(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var fakes = new SampleFakes(TimeProvider.System);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PodConnect:TikTokShop:AppKey"] = fakes.TikTok.AppKey,
            ["PodConnect:TikTokShop:AppSecret"] = fakes.TikTok.AppSecret,
            ["PodConnect:TikTokShop:ApiBaseUrl"] = fakes.TikTok.BaseAddress.ToString(),
            ["PodConnect:TikTokShop:AuthBaseUrl"] = fakes.TikTok.BaseAddress.ToString(),
            ["PodConnect:TikTokShop:Marketplace:SellerIds:0"] = FakeTikTokShop.DefaultSellerId,
            ["PodConnect:Gelato:ApiKey"] = fakes.Gelato.ApiKey,
            ["PodConnect:Gelato:BaseAddress"] = fakes.Gelato.BaseAddress.ToString(),
            ["PodConnect:Gelato:ShipmentBaseAddress"] = fakes.Gelato.BaseAddress.ToString(),
            ["PodConnect:Gelato:WebhookSecret"] = GelatoWebhookSecret,
            ["PodConnect:Printful:AccessToken"] = FakePrintful.DefaultAccessToken,
            ["PodConnect:Printful:BaseAddress"] = fakes.Printful.BaseAddress.ToString(),
            ["PodConnect:Printful:WebhookSecretKey"] = fakes.Printful.WebhookSecretKey,
        });
        builder.Services.AddSingleton(fakes);
        return fakes;
    }

    /// <summary>Saves the seller's tokens as if the seller had authorized the app (step 2 of the getting-started guide).</summary>
    /// <param name="services">The host's services.</param>
    public async Task AuthorizeShopAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var token = TikTok.IssueToken();
        await services.GetRequiredService<ITikTokShopTokenStore>().SaveAsync(new TikTokShopToken(
            token.SellerId, token.AccessToken, token.AccessTokenExpiresAt, token.RefreshToken, token.RefreshTokenExpiresAt)
        {
            SellerName = token.SellerName,
            SellerBaseRegion = token.SellerBaseRegion,
            UserType = 0,
        }).ConfigureAwait(false);
    }

    /// <summary>Once the host listens, points Gelato's and Printful's webhooks at its routes (as you would in their dashboards).</summary>
    /// <param name="app">The host.</param>
    public void SendProviderWebhooksTo(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is not null)
            {
                var root = new Uri(address.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
                Gelato.WebhookUrl = new Uri(root, "/webhooks/gelato");
                Printful.WebhookUrl = new Uri(root, "/webhooks/printful");
            }
        });
    }

    /// <summary>A buyer places an order on TikTok (the fake): one line of <paramref name="sku"/> to <paramref name="country"/>.</summary>
    /// <param name="sku">A SKU from catalog.json.</param>
    /// <param name="country">The buyer's country (ISO 3166-1 alpha-2).</param>
    /// <returns>The new order's id.</returns>
    public string PlaceOrder(string sku, string country)
    {
        var id = (576_000_000_000_000_000L + Interlocked.Increment(ref _orders)).ToString(CultureInfo.InvariantCulture);
        TikTok.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create(
            id, DateTimeOffset.UtcNow, [new FakeOrderLine(sku, 1)], regionCode: country, subdivisionIso: country == "GB" ? "GB-ENG" : null, postalCode: country == "GB" ? "SW1A 1AA" : "10115", postTown: country == "GB" ? "London" : "Berlin"));
        return id;
    }

    /// <summary>Where an order is: its status on TikTok and, once placed, at the provider.</summary>
    /// <param name="orderId">The TikTok order id.</param>
    public JsonObject? Describe(string orderId)
    {
        if (TikTok.GetOrder(FakeTikTokShop.DefaultShopCipher, orderId) is not { } order)
        {
            return null;
        }

        var gelato = Gelato.OrdersWithReference(orderId) is [var g, ..] ? g : null;
        var printful = Printful.Orders.FirstOrDefault(o => o.ExternalId == orderId);
        return new JsonObject
        {
            ["orderId"] = orderId,
            ["tiktokStatus"] = (string?)order["status"],
            ["provider"] = gelato is not null ? "gelato" : printful is not null ? "printful" : null,
            ["providerOrderId"] = gelato?.Id ?? printful?.Id.ToString(CultureInfo.InvariantCulture),
            ["providerStatus"] = gelato?.Status ?? printful?.Status,
        };
    }

    /// <summary>Ships the order at its provider (as the printer would); the provider's webhook tells the loop.</summary>
    /// <param name="orderId">The TikTok order id.</param>
    /// <returns>Whether the order was at a provider.</returns>
    public async Task<bool> ShipAsync(string orderId)
    {
        if (Gelato.OrdersWithReference(orderId) is [var gelato, ..])
        {
            await Gelato.ShipAsync(gelato.Id, trackingCode: "JD" + orderId).ConfigureAwait(false);
            return true;
        }

        if (Printful.Orders.FirstOrDefault(o => o.ExternalId == orderId) is { } printful)
        {
            await Printful.ShipAsync(printful.Id, trackingNumber: "155" + orderId).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        TikTok.Dispose();
        Gelato.Dispose();
        Printful.Dispose();
    }

    private long _orders;
}
