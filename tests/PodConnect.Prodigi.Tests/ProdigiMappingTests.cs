using PodConnect.Prodigi.Internal;
using System.Text.Json;
using PodConnect.Domain;
using PodConnect.Prodigi.Models;
using PodConnect.Prodigi.Serialization;
using PodConnect.Providers;

namespace PodConnect.Prodigi.Tests;

public class ProdigiMappingTests
{
    [Theory]
    [InlineData("Cancelled", "NotStarted", "NotStarted", null, null, PodOrderStatus.Cancelled)]
    [InlineData("Complete", "Complete", "Complete", null, "Shipped", PodOrderStatus.Shipped)]
    [InlineData("InProgress", "NotStarted", "NotStarted", null, null, PodOrderStatus.Received)]
    [InlineData("InProgress", "InProgress", "NotStarted", null, null, PodOrderStatus.InProduction)]
    [InlineData("InProgress", "Complete", "InProgress", null, null, PodOrderStatus.Shipped)]
    [InlineData("InProgress", "InProgress", "NotStarted", null, "Shipped", PodOrderStatus.Shipped)]
    [InlineData("InProgress", "NotStarted", "NotStarted", "RequiresPaymentAuthorisation", null, PodOrderStatus.OnHold)]
    [InlineData("InProgress", "NotStarted", "NotStarted", "order.items.ItemUnavailable", null, PodOrderStatus.OnHold)]
    [InlineData("InProgress", "NotStarted", "NotStarted", "order.items.assets.FailedToDownloaded", null, PodOrderStatus.Failed)]
    [InlineData("InProgress", "NotStarted", "NotStarted", "order.items.assets.NotDownloaded", null, PodOrderStatus.Received)]
    [InlineData("InProgress", "Error", "NotStarted", null, null, PodOrderStatus.OnHold)]
    [InlineData("SomethingNew", "NotStarted", "NotStarted", null, null, PodOrderStatus.Received)]
    public void Every_documented_state_maps(string stage, string production, string shipping, string? issue, string? shipmentStatus, PodOrderStatus expected)
    {
        var order = new ProdigiOrder
        {
            Id = "ord_1",
            Status = new ProdigiStatus
            {
                Stage = new ProdigiStage(stage),
                Details = new ProdigiStatusDetails { InProduction = new ProdigiStepState(production), Shipping = new ProdigiStepState(shipping) },
                Issues = issue is null ? [] : [new ProdigiIssue { ErrorCode = issue }],
            },
            Shipments = shipmentStatus is null ? [] : [new ProdigiShipment { Id = "shp_1", Status = shipmentStatus }],
        };
        Assert.Equal(expected, ProdigiStatusMapper.Map(order));
    }

    [Fact]
    public void An_order_without_a_status_is_received()
    {
        Assert.Equal(PodOrderStatus.Received, ProdigiStatusMapper.Map(new ProdigiOrder { Id = "ord_1" }));
    }

    [Fact]
    public void Stages_compare_without_regard_to_case()
    {
        Assert.Equal(ProdigiStage.Complete, new ProdigiStage("complete"));
        Assert.True(new ProdigiOutcome("alreadyExists") == ProdigiOutcome.AlreadyExists);
    }

    [Fact]
    public void Street_lines_beyond_two_are_joined_onto_line2()
    {
        var request = ProdigiMapping.ToCreateRequest(ProdigiHarness.Order(lines: ["1 George Square", "Flat 2", "Merchant City"]), new ProdigiClientOptions());
        Assert.Equal("1 George Square", request.Recipient!.Address!.Line1);
        Assert.Equal("Flat 2, Merchant City", request.Recipient.Address.Line2);
    }

    [Theory]
    [InlineData(null, "G1 1AA", "recipient.address.townOrCity")]
    [InlineData("Glasgow", null, "recipient.address.postalOrZipCode")]
    public void A_missing_required_field_is_refused_naming_it(string? city, string? postcode, string field)
    {
        var order = ProdigiHarness.Order();
        var request = new PodOrderRequest(order.ExternalId, new Address(CountryCode.GB, postcode, city, ["1 George Square"]), order.Recipient, order.Lines);
        var e = Assert.Throws<PodFieldLimitException>(() => ProdigiMapping.ToCreateRequest(request, new ProdigiClientOptions()));
        Assert.Equal(field, e.Field);
        Assert.Equal("prodigi", e.Service);
    }

    [Fact]
    public void An_address_without_street_lines_is_refused_naming_line1()
    {
        var order = ProdigiHarness.Order(lines: []);
        Assert.Equal("recipient.address.line1", Assert.Throws<PodFieldLimitException>(() => ProdigiMapping.ToCreateRequest(order, new ProdigiClientOptions())).Field);
    }

    [Theory]
    [InlineData("GLOBAL-FAP-16X24", "GLOBAL-FAP-16X24", 0)]
    [InlineData("GLOBAL-CFPM-16X20?color=black", "GLOBAL-CFPM-16X20", 1)]
    [InlineData("GLOBAL-CAN-10X10?wrap=ImageWrap&edge=38mm", "GLOBAL-CAN-10X10", 2)]
    public void Product_ids_carry_the_sku_and_its_attributes(string productId, string sku, int attributes)
    {
        var (parsedSku, parsed) = ProdigiProductId.Parse(productId);
        Assert.Equal(sku, parsedSku);
        Assert.Equal(attributes, parsed?.Count ?? 0);
        Assert.Equal(productId, ProdigiProductId.Format(parsedSku, parsed));
    }

    [Fact]
    public void The_published_quote_keeps_each_shipments_lab_and_names_no_single_country_when_they_differ()
    {
        var response = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "quote.json")), ProdigiJsonContext.Default.ProdigiQuoteResponse)!;
        var budget = Assert.Single(response.Quotes!);
        Assert.Equal(["US", "GB"], budget.Shipments!.Select(s => s.FulfillmentLocation!.CountryCode));
        Assert.Equal(["us11", "uk6"], budget.Shipments!.Select(s => s.FulfillmentLocation!.LabCode));
        Assert.Equal("royalmail", budget.Shipments![1].Carrier!.Name);

        var quote = ProdigiMapping.ToPodQuote(response);
        var option = Assert.Single(quote.ShippingOptions);
        Assert.Equal(new Money(19.46m, "GBP"), option.Price);
        Assert.Null(option.ProductionCountry);
        Assert.Equal(new Money(79.35m, "GBP"), quote.ProductsCost);
    }

    [Fact]
    public void The_published_cancel_response_maps_fully()
    {
        var envelope = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "cancel_order.json")), ProdigiJsonContext.Default.ProdigiOrderEnvelope)!;
        Assert.Equal(ProdigiOutcome.Cancelled, envelope.Outcome);
        var order = ProdigiMapping.ToPodOrder(envelope.Order!);
        Assert.Equal(PodOrderStatus.Cancelled, order.Status);
        Assert.Equal("MyMerchantReference1", order.ExternalId);
        Assert.Equal(new DateTimeOffset(2021, 3, 11, 14, 40, 5, 120, TimeSpan.Zero), order.CreatedAt);
        Assert.Equal(10.74m, envelope.Order!.Items![0].RecipientCost!.Amount);
        Assert.Equal(ProdigiShippingMethod.Overnight, envelope.Order.ShippingMethod);
    }

    [Fact]
    public void Failures_of_a_validation_answer_are_read_without_the_echoed_values()
    {
        var failures = ProdigiErrorFunnel.ReadFailures(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "validation_failed.json")))!;
        Assert.Equal(["MustBeAValidUSZipCodeFormat"], failures["recipient.address.postalOrZipCode"]);
    }

    [Fact]
    public void Action_availability_reads_yes_no_and_booleans()
    {
        var envelope = JsonSerializer.Deserialize("""{"outcome":"Ok","cancel":{"isAvailable":"Yes"},"changeRecipientDetails":{"isAvailable":"No"},"changeShippingMethod":{"isAvailable":true},"changeMetaData":{"isAvailable":false}}""", ProdigiJsonContext.Default.ProdigiActionsEnvelope)!;
        Assert.True(envelope.Cancel!.IsAvailable);
        Assert.False(envelope.ChangeRecipientDetails!.IsAvailable);
        Assert.True(envelope.ChangeShippingMethod!.IsAvailable);
        Assert.False(envelope.ChangeMetaData!.IsAvailable);
    }
}
