namespace PodConnect.Stores;

/// <summary>
/// Small records every instance of a shop must see the same way — a marketplace's OAuth tokens, which a
/// refresh rotates — and a short lock per record, so that only one instance at a time renews one. Not
/// registered by default (one instance needs no sharing); a shared store package (e.g. <c>UseRedis</c>)
/// registers it, and marketplace packages use it when present. Marketplace-neutral: the value is opaque bytes.
/// Records hold secrets: protect the store (authentication, TLS); implementations never log values.
/// </summary>
public interface ISharedRecordStore
{
    /// <summary>The record, or <see langword="null"/>.</summary>
    /// <param name="scope">Who owns the record, e.g. <c>tiktokshop-token</c>.</param>
    /// <param name="key">The record's key within the scope, e.g. a seller id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<byte[]?> GetAsync(string scope, string key, CancellationToken cancellationToken = default);

    /// <summary>Writes (replaces) the record in one atomic write.</summary>
    ValueTask SetAsync(string scope, string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default);

    /// <summary>Forgets the record.</summary>
    ValueTask RemoveAsync(string scope, string key, CancellationToken cancellationToken = default);

    /// <summary>Takes the record's lock for <paramref name="duration"/> unless another owner holds it; returns whether this call took it.</summary>
    ValueTask<bool> TryLockAsync(string scope, string key, string owner, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives the lock back if <paramref name="owner"/> still holds it (a lapsed lock taken by another owner stays theirs).</summary>
    ValueTask ReleaseLockAsync(string scope, string key, string owner, CancellationToken cancellationToken = default);
}
