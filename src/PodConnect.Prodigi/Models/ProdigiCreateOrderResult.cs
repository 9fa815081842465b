namespace PodConnect.Prodigi.Models;

/// <summary>What creating an order did, as Prodigi's <c>outcome</c> says.</summary>
public enum ProdigiCreateOutcome
{
    /// <summary><c>Created</c>: a new order.</summary>
    Created = 0,

    /// <summary><c>CreatedWithIssues</c>: a new order whose <c>status.issues</c> need fixing (a success; check the issues).</summary>
    CreatedWithIssues = 1,

    /// <summary><c>AlreadyExists</c>: the idempotency key was used before; the earlier order is returned and nothing new was made.</summary>
    AlreadyExists = 2,

    /// <summary><c>OnHold</c>: a new order held by the account's pause window; only its id may be known until the window ends.</summary>
    OnHold = 3,
}

/// <summary>The typed result of <see cref="ProdigiClient.CreateOrderAsync"/>. A <c>ValidationFailed</c> answer is not a result: it throws <see cref="ProdigiValidationException"/> with its failures.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Order">The order (new, or the one that already existed).</param>
/// <param name="RawOutcome">Prodigi's <c>outcome</c>, verbatim.</param>
/// <param name="TraceParent">The request id to quote to Prodigi's support.</param>
public sealed record ProdigiCreateOrderResult(ProdigiCreateOutcome Outcome, ProdigiOrder Order, ProdigiOutcome RawOutcome, string? TraceParent)
{
    /// <summary>The issues to fix, for <see cref="ProdigiCreateOutcome.CreatedWithIssues"/> (empty otherwise).</summary>
    public IReadOnlyList<ProdigiIssue> Issues => Order.Status?.Issues ?? [];
}
