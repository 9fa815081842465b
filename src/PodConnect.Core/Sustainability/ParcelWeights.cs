using PodConnect.Domain;

namespace PodConnect.Sustainability;

/// <summary>
/// Typical shipped weight (product plus packaging) per product kind, in kilograms.
/// </summary>
/// <remarks>
/// These are estimates, not measurements: about 80% of e-commerce parcels weigh under 2 kg
/// (Regulation (EU) 2018/644, recital 15) and a print-on-demand T-shirt parcel is roughly 0.2–0.4 kg.
/// Override them with your provider's shipping weights where you have them.
/// </remarks>
public sealed class ParcelWeights
{
    private readonly Dictionary<ProductKind, double> _kg;

    /// <summary>The built-in estimates.</summary>
    public static ParcelWeights Default { get; } = new(new Dictionary<ProductKind, double>
    {
        [ProductKind.TShirt] = 0.25,
        [ProductKind.Hoodie] = 0.7,
        [ProductKind.Sweatshirt] = 0.6,
        [ProductKind.Mug] = 0.6,
        [ProductKind.Poster] = 0.3,
        [ProductKind.FramedPoster] = 2.0,
        [ProductKind.Canvas] = 1.5,
        [ProductKind.PhoneCase] = 0.1,
        [ProductKind.Tote] = 0.2,
        [ProductKind.Sticker] = 0.05,
        [ProductKind.Cap] = 0.2,
    });

    /// <summary>Creates a table; kinds it lacks weigh <paramref name="fallbackKg"/>.</summary>
    public ParcelWeights(IReadOnlyDictionary<ProductKind, double> kilograms, double fallbackKg = 0.5)
    {
        ArgumentNullException.ThrowIfNull(kilograms);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fallbackKg);
        _kg = new Dictionary<ProductKind, double>(kilograms);
        FallbackKg = fallbackKg;
    }

    /// <summary>The weight used for a kind the table does not list.</summary>
    public double FallbackKg { get; }

    /// <summary>The shipped weight of one unit of a product kind, in kilograms.</summary>
    public double KilogramsPerUnit(ProductKind kind) => _kg.TryGetValue(kind, out var kg) ? kg : FallbackKg;
}
