namespace PodConnect.Marketplaces;

/// <summary>What the marketplace answered to a seller cancellation.</summary>
/// <param name="Cancelled">The order is cancelled (now, or it already was).</param>
/// <param name="Code">The marketplace's code when it refused or had already cancelled, e.g. TikTok's <c>25001045</c> (already shipped).</param>
/// <param name="Message">The marketplace's message with <paramref name="Code"/>.</param>
public sealed record MarketplaceCancelResult(bool Cancelled, string? Code = null, string? Message = null);
