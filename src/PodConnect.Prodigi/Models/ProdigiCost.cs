using System.Text.Json.Serialization;
using PodConnect.Domain;
using PodConnect.Http.Json;
using PodConnect.Providers;

namespace PodConnect.Prodigi.Models;

/// <summary>Prodigi's money: <c>{"amount": "10.74", "currency": "GBP"}</c>, the amount a decimal in a string (negative is a credit).</summary>
public sealed class ProdigiCost
{
    /// <summary>The amount.</summary>
    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? Amount { get; set; }

    /// <summary>The ISO 4217 code.</summary>
    public string? Currency { get; set; }

    /// <summary>The amount as <see cref="Money"/>, or <see langword="null"/> when either part is missing or the currency is not a code.</summary>
    public Money? ToMoney() => PodMoney.From(Amount, Currency);

    /// <summary>Builds a cost from <see cref="Money"/>.</summary>
    public static ProdigiCost From(Money money) => new() { Amount = money.Amount, Currency = money.Currency };
}
