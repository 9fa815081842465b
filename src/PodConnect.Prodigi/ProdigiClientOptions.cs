namespace PodConnect.Prodigi;

/// <summary>Settings of the Prodigi client. Bound from configuration and validated at start-up.</summary>
public sealed class ProdigiClientOptions
{
    /// <summary>The API key sent as <c>X-API-Key</c> (dashboard → Settings → API). Sandbox and Live keys differ. Secret; never logged.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Sandbox (default) or Live.</summary>
    public ProdigiEnvironment Environment { get; set; } = ProdigiEnvironment.Sandbox;

    /// <summary>Overrides the environment's base address (tests point it at a fake). Must end with <c>/</c>, e.g. <c>https://api.prodigi.com/v4.0/</c>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The shipping method used when an order names none. Default <c>Standard</c>.</summary>
    public string DefaultShippingMethod { get; set; } = "Standard";

    /// <summary>How images are fitted to the print area: <c>fillPrintArea</c> (default; crops), <c>fitPrintArea</c> or <c>stretchToPrintArea</c>.</summary>
    public string Sizing { get; set; } = "fillPrintArea";

    /// <summary>
    /// The URL Prodigi posts each order's callbacks to (set per order as <c>callbackUrl</c>); <see langword="null"/>
    /// leaves the dashboard's global callback URL in charge. Prodigi signs nothing: when <see cref="CallbackSecret"/>
    /// is set, it is appended as the query parameter <see cref="CallbackSecretParameter"/> and checked on arrival.
    /// </summary>
    public Uri? CallbackUrl { get; set; }

    /// <summary>The query parameter that carries <see cref="CallbackSecret"/>. Default <c>token</c>.</summary>
    public string CallbackSecretParameter { get; set; } = "token";

    /// <summary>A secret of your own that authenticates callbacks (Prodigi has no signature). Secret; never logged.</summary>
    public string? CallbackSecret { get; set; }

    /// <summary>Accept callbacks without a secret. Off by default: anyone who learns the URL could forge events. Only for local experiments.</summary>
    public bool AllowUnverifiedCallbacks { get; set; }

    /// <summary>The base address in use: <see cref="BaseAddress"/>, or the environment's.</summary>
    public Uri EffectiveBaseAddress => BaseAddress ?? (Environment == ProdigiEnvironment.Live ? LiveBaseAddress : SandboxBaseAddress);

    /// <summary><c>https://api.prodigi.com/v4.0/</c>.</summary>
    public static Uri LiveBaseAddress { get; } = new("https://api.prodigi.com/v4.0/");

    /// <summary><c>https://api.sandbox.prodigi.com/v4.0/</c>.</summary>
    public static Uri SandboxBaseAddress { get; } = new("https://api.sandbox.prodigi.com/v4.0/");

    /// <summary>Everything but the secrets.</summary>
    public override string ToString() =>
        $"ProdigiClientOptions {{ Environment = {Environment}, BaseAddress = {EffectiveBaseAddress}, ApiKey = ***, CallbackSecret = {(CallbackSecret is null ? "(none)" : "***")} }}";
}
