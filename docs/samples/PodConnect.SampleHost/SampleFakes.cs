using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PodConnect.Testing.Gelato;
using PodConnect.Testing.Printful;
using PodConnect.Testing.Printify;
using PodConnect.Testing.Prodigi;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;

namespace PodConnect.SampleHost;

/// <summary>
/// The stand-ins for TikTok Shop, Gelato, Printful, Prodigi and Printify (PodConnect.Testing's fakes on 127.0.0.1). They write the
/// settings a production host reads from configuration, and are disposed with the host.
/// </summary>
public sealed class SampleFakes : IDisposable
{
    /// <summary>The secret Gelato sends in its webhook header (set in Gelato's dashboard in production).</summary>
    public const string GelatoWebhookSecret = "sample-gelato-webhook-secret";

    /// <summary>The secret PodConnect appends to each Prodigi order's callbackUrl (Prodigi signs nothing).</summary>
    public const string ProdigiCallbackSecret = "sample-prodigi-callback-secret";

    /// <summary>The secret Printify signs its webhooks with (given when creating the subscriptions in production).</summary>
    public const string PrintifyWebhookSecret = "sample-printify-webhook-secret";

    /// <summary>Where Prodigi calls back: the address in Properties/launchSettings.json (your public https address in production).</summary>
    public const string ProdigiCallbackUrl = "http://localhost:5080/webhooks/prodigi";

    private SampleFakes(TimeProvider time)
    {
        TikTok = FakeTikTokShop.Start(time);
        Gelato = FakeGelato.Start(time);
        Gelato.WebhookSecret = GelatoWebhookSecret;
        Printful = FakePrintful.Start(time);
        Prodigi = FakeProdigi.Start(time);
        Printify = FakePrintify.Start(time);
        Printify.WebhookSecret = PrintifyWebhookSecret;
    }

    /// <summary>TikTok Shop's stand-in: orders, carriers, signed webhooks.</summary>
    public FakeTikTokShop TikTok { get; }

    /// <summary>Gelato's stand-in.</summary>
    public FakeGelato Gelato { get; }

    /// <summary>Printful's stand-in.</summary>
    public FakePrintful Printful { get; }

    /// <summary>Prodigi's stand-in: calls back to each order's callbackUrl, unsigned.</summary>
    public FakeProdigi Prodigi { get; }

    /// <summary>Printify's stand-in: signs its webhooks with <see cref="PrintifyWebhookSecret"/>.</summary>
    public FakePrintify Printify { get; }

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
            ["PodConnect:Gelato:ProductBaseAddress"] = fakes.Gelato.BaseAddress.ToString(),
            ["PodConnect:Gelato:WebhookSecret"] = GelatoWebhookSecret,
            ["PodConnect:Printful:AccessToken"] = FakePrintful.DefaultAccessToken,
            ["PodConnect:Printful:BaseAddress"] = fakes.Printful.BaseAddress.ToString(),
            ["PodConnect:Printful:WebhookSecretKey"] = fakes.Printful.WebhookSecretKey,
            ["PodConnect:Prodigi:ApiKey"] = fakes.Prodigi.ApiKey,
            ["PodConnect:Prodigi:BaseAddress"] = fakes.Prodigi.ApiBaseAddress.ToString(),
            ["PodConnect:Prodigi:CallbackUrl"] = ProdigiCallbackUrl,
            ["PodConnect:Prodigi:CallbackSecret"] = ProdigiCallbackSecret,
            ["PodConnect:Printify:AccessToken"] = FakePrintify.DefaultToken,
            ["PodConnect:Printify:ShopId"] = FakePrintify.DefaultShopId,
            ["PodConnect:Printify:BaseAddress"] = fakes.Printify.ApiBaseAddress.ToString(),
            ["PodConnect:Printify:WebhookSecret"] = PrintifyWebhookSecret,
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

    /// <summary>
    /// Once the host listens, points the providers' webhooks at its routes (as you would in their dashboards), and sends
    /// Prodigi's callbacks to the address it listens on (each order's callbackUrl keeps its path and secret).
    /// </summary>
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
                Printify.WebhookUrl = new Uri(root, "/webhooks/printify");
                Prodigi.CallbackAddress = root;
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

        var placed = AtProvider(orderId);
        return new JsonObject
        {
            ["orderId"] = orderId,
            ["tiktokStatus"] = (string?)order["status"],
            ["provider"] = placed?.Provider,
            ["providerOrderId"] = placed?.ProviderOrderId,
            ["providerStatus"] = placed?.Status,
        };
    }

    /// <summary>Ships the order at its provider (as the printer would); the provider's webhook tells the loop.</summary>
    /// <param name="orderId">The TikTok order id.</param>
    /// <returns>Whether the order was at a provider.</returns>
    public async Task<bool> ShipAsync(string orderId)
    {
        switch (AtProvider(orderId))
        {
            case ("gelato", var id, _):
                await Gelato.ShipAsync(id, trackingCode: "JD" + orderId).ConfigureAwait(false);
                return true;
            case ("printful", var id, _):
                await Printful.ShipAsync(long.Parse(id, CultureInfo.InvariantCulture), trackingNumber: "155" + orderId).ConfigureAwait(false);
                return true;
            case ("prodigi", var id, _):
                await Prodigi.ShipAsync(id, carrier: "Royal Mail", trackingNumber: "RM" + orderId[^9..] + "GB").ConfigureAwait(false);
                return true;
            case ("printify", var id, _):
                await Printify.ShipAsync(id, carrier: "Evri", number: "H01HYA" + orderId[^10..]).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The provider holding the order placed for a TikTok order, its id there and its status there; <see langword="null"/> when none does.</summary>
    /// <param name="orderId">The TikTok order id.</param>
    public (string Provider, string ProviderOrderId, string Status)? AtProvider(string orderId)
    {
        if (Gelato.OrdersWithReference(orderId) is [var gelato, ..])
        {
            return ("gelato", gelato.Id, gelato.Status);
        }

        if (Printful.Orders.FirstOrDefault(o => o.ExternalId == orderId) is { } printful)
        {
            return ("printful", printful.Id.ToString(CultureInfo.InvariantCulture), printful.Status);
        }

        if (Prodigi.Orders.FirstOrDefault(o => o.MerchantReference == orderId) is { } prodigi)
        {
            return ("prodigi", prodigi.Id, prodigi.Stage);
        }

        return Printify.OrderIds.FirstOrDefault(id => Printify.ExternalIdOf(id) == orderId) is { } printify
            ? ("printify", printify, Printify.StatusOf(printify))
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        TikTok.Dispose();
        Gelato.Dispose();
        Printful.Dispose();
        Prodigi.Dispose();
        Printify.Dispose();
    }

    private long _orders;
}
