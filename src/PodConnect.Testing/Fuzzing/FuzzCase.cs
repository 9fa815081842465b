namespace PodConnect.Testing.Fuzzing;

/// <summary>One mutated payload: its position in the seeded sequence, what was done to it, and the bytes.</summary>
/// <param name="Index">Position in the sequence (with the seed, enough to reproduce it).</param>
/// <param name="Mutation">What was changed, e.g. <c>type swap at $.data.orders[0].id → number</c>.</param>
/// <param name="Payload">The mutated bytes.</param>
public sealed record FuzzCase(int Index, string Mutation, byte[] Payload)
{
    /// <inheritdoc />
    public override string ToString() => $"case {Index}: {Mutation} ({Payload.Length} bytes)";
}
