using PodConnect.Domain;

namespace PodConnect.Providers;

/// <summary>Turns a provider's amount and currency into <see cref="Money"/> without trusting either.</summary>
public static class PodMoney
{
    /// <summary>
    /// The amount in the currency, or <see langword="null"/> when either is missing or the currency is not
    /// three ASCII letters: a provider's odd money field leaves the value empty instead of failing the
    /// whole order (<see cref="Money"/>'s own constructor throws on a bad code).
    /// </summary>
    /// <param name="amount">The amount, as the provider gave it.</param>
    /// <param name="currency">The ISO 4217 code, as the provider gave it.</param>
    public static Money? From(decimal? amount, string? currency) =>
        amount is { } value && currency is { Length: 3 } code && code.All(char.IsAsciiLetter) ? new Money(value, code) : null;

    /// <summary>The sum of <paramref name="amounts"/>, or <see langword="null"/> when there are none or they mix currencies.</summary>
    /// <param name="amounts">The amounts.</param>
    public static Money? Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        Money? sum = null;
        foreach (var amount in amounts)
        {
            if (sum is { } so && so.Currency != amount.Currency)
            {
                return null;
            }

            sum = sum is { } s ? s + amount : amount;
        }

        return sum;
    }
}
