namespace PodConnect.Webhooks;

/// <summary>The ingress's answer to one delivery.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Detail">Why it was refused, naming the field or header, for logs; never secrets or personal data.</param>
public readonly record struct WebhookIngressResult(WebhookIngressStatus Status, string? Detail = null)
{
    /// <summary>The HTTP status to answer: 200 accepted or duplicate, 401 unauthenticated, 400 malformed, 404 unknown source.</summary>
    public int HttpStatusCode => Status switch
    {
        WebhookIngressStatus.Accepted or WebhookIngressStatus.Duplicate => 200,
        WebhookIngressStatus.Unauthenticated => 401,
        WebhookIngressStatus.Malformed => 400,
        _ => 404,
    };
}
