namespace PodConnect.Stores;

/// <summary>
/// The right to work on one order until <see cref="ExpiresAt"/>. <see cref="FencingToken"/> grows with
/// every grant for the same order, so a holder that stalled past its expiry can be told apart from the
/// one that took over.
/// </summary>
/// <param name="OrderId">The marketplace order id.</param>
/// <param name="Owner">Who holds it (an instance id).</param>
/// <param name="FencingToken">Strictly increasing per order across grants.</param>
/// <param name="ExpiresAt">When it lapses unless released earlier.</param>
public sealed record OrderLease(string OrderId, string Owner, long FencingToken, DateTimeOffset ExpiresAt);
