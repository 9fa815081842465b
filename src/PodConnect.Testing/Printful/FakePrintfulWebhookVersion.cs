namespace PodConnect.Testing.Printful;

/// <summary>Which webhook generation <see cref="FakePrintful"/> sends.</summary>
public enum FakePrintfulWebhookVersion
{
    /// <summary>v1: <c>package_shipped</c>…, unsigned (put a token in the URL).</summary>
    V1 = 1,

    /// <summary>v2: <c>shipment_sent</c>…, signed with <c>x-pf-webhook-signature</c>.</summary>
    V2 = 2,
}
