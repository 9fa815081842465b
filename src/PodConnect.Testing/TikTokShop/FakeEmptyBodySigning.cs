namespace PodConnect.Testing.TikTokShop;

/// <summary>How <see cref="FakeTikTokShop"/> expects an empty JSON object body (<c>{}</c>) to be signed.</summary>
public enum FakeEmptyBodySigning
{
    /// <summary>Left out of the signed string, as TikTok's official SDKs sign it (the default).</summary>
    LeftOut,

    /// <summary>Inside the signed string like any other body (a server that ignores the SDKs' rule).</summary>
    Included,

    /// <summary>Either way.</summary>
    Either,
}
