using System.Globalization;

namespace PodConnect.Domain;

/// <summary>An amount in one currency (ISO 4217 code). Arithmetic across currencies throws.</summary>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>Creates an amount.</summary>
    /// <exception cref="ArgumentException">The currency is not three ASCII letters.</exception>
    public Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code (e.g. GBP, EUR).", nameof(currency));
        }

        Amount = amount;
        Currency = currency.ToUpperInvariant();
    }

    /// <summary>The amount.</summary>
    public decimal Amount { get; }

    /// <summary>The upper-case ISO 4217 code, e.g. <c>GBP</c>.</summary>
    public string Currency { get; }

    /// <summary>Zero in a currency.</summary>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    /// <summary>Subtracts two amounts of the same currency.</summary>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    /// <summary>Multiplies by a quantity.</summary>
    public static Money operator *(Money money, int quantity) => new(money.Amount * quantity, money.Currency);

    /// <summary>Compares amounts of the same currency.</summary>
    public int CompareTo(Money other)
    {
        SameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Compares.</summary>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares.</summary>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares.</summary>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares.</summary>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>E.g. <c>12.50 GBP</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    private static string SameCurrency(Money left, Money right) =>
        string.Equals(left.Currency, right.Currency, StringComparison.Ordinal)
            ? left.Currency
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}; convert first.");
}
