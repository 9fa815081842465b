using PodConnect.Domain;
using PodConnect.Providers;

namespace PodConnect.Tests.Providers;

public sealed class ContractModelTests
{
    private static readonly Address Glasgow = new(CountryCode.GB, "G1 1AA", "Glasgow", ["1 George Sq"]);

    [Fact]
    public void An_order_request_needs_an_external_id_and_lines()
    {
        var line = new PodOrderLine("l1", "product", 1);
        Assert.Throws<ArgumentException>(() => new PodOrderRequest(" ", Glasgow, new Recipient("A"), [line]));
        Assert.Throws<ArgumentException>(() => new PodOrderRequest("576", Glasgow, new Recipient("A"), []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PodOrderLine("l1", "product", 0));
    }

    [Fact]
    public void A_marketplace_order_becomes_a_request_keyed_by_its_id_with_lines_from_the_catalog()
    {
        var order = new Order("576461413038785752", DateTimeOffset.UnixEpoch, Glasgow,
            [new OrderItem("TEE-WHITE-M", ProductKind.TShirt, 2, ["l-1", "l-2"]), new OrderItem("MUG-11", ProductKind.Mug, 1, ["l-3"])],
            recipient: new Recipient("Ada Lovelace"));

        var request = PodOrderRequest.FromOrder(order, item => new PodOrderLine(item.LineItemIds[0], "uid:" + item.Sku, item.Quantity) { Sku = item.Sku });

        Assert.Equal("576461413038785752", request.ExternalId);
        Assert.Same(Glasgow, request.ShipTo);
        Assert.Equal("Ada Lovelace", request.Recipient.Name);
        Assert.Equal([("l-1", "uid:TEE-WHITE-M", 2), ("l-3", "uid:MUG-11", 1)], request.Lines.Select(l => (l.LineId, l.ProductId, l.Quantity)));

        var anonymous = new Order("1", DateTimeOffset.UnixEpoch, Glasgow, [new OrderItem("X", ProductKind.Mug, 1)]);
        Assert.Throws<ArgumentException>(() => PodOrderRequest.FromOrder(anonymous, i => new PodOrderLine("a", "b", 1)));
    }

    [Fact]
    public void The_request_never_prints_the_recipient()
    {
        var request = new PodOrderRequest("576", Glasgow, new Recipient("Ada Lovelace", "+44 7000", "ada@example.com"), [new PodOrderLine("l1", "p", 1)]);
        var text = request.ToString();
        Assert.DoesNotContain("Ada", text, StringComparison.Ordinal);
        Assert.DoesNotContain("George", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_headers_are_case_insensitive_and_first_value_wins()
    {
        var request = new PodWebhookRequest(
            "{}"u8.ToArray(),
            [new("X-PF-Webhook-Signature", "abc"), new("x-pf-webhook-signature", "ignored")]);
        Assert.Equal("abc", request.Header("x-pf-webhook-signature"));
        Assert.Null(request.Header("missing"));
    }

    [Fact]
    public void A_quote_lists_each_production_country_once()
    {
        var quote = new PodQuote("gelato", null,
        [
            new PodShippingOption("a", "A", new Money(3m, "EUR")) { ProductionCountry = CountryCode.DE },
            new PodShippingOption("b", "B", new Money(5m, "EUR")) { ProductionCountry = CountryCode.DE },
            new PodShippingOption("c", "C", new Money(4m, "EUR")) { ProductionCountry = CountryCode.GB },
            new PodShippingOption("d", "D", new Money(4m, "EUR")),
        ]);
        Assert.Equal([CountryCode.DE, CountryCode.GB], quote.ProductionCountries);
    }

    [Fact]
    public void A_verification_failure_is_an_authentication_error_naming_the_service()
    {
        var error = new WebhookVerificationException("Signature mismatch.", "printful");
        Assert.IsAssignableFrom<PodConnect.Errors.AuthenticationException>(error);
        Assert.Equal("printful", error.Service);
    }
}
