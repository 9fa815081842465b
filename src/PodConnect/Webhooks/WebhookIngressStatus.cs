namespace PodConnect.Webhooks;

/// <summary>What the ingress did with a delivery; <see cref="WebhookIngressResult.HttpStatusCode"/> says what to answer.</summary>
public enum WebhookIngressStatus
{
    /// <summary>Verified, new, and queued for the reconciler (answer 200).</summary>
    Accepted = 0,

    /// <summary>Verified but already accepted earlier: a redelivery (answer 200 so the sender stops retrying).</summary>
    Duplicate = 1,

    /// <summary>The signature or secret is missing or wrong (answer 401, as TikTok expects).</summary>
    Unauthenticated = 2,

    /// <summary>Authentic but not the JSON the sender documents (answer 400).</summary>
    Malformed = 3,

    /// <summary>No marketplace or provider of that name is registered (answer 404).</summary>
    UnknownSource = 4,
}
