using Microsoft.Extensions.Options;

namespace PodConnect.Fulfillment;

/// <summary>Checks <see cref="FulfillmentOptions"/> at start-up; each message names the setting.</summary>
internal sealed class FulfillmentOptionsValidator : IValidateOptions<FulfillmentOptions>
{
    private const string Section = "PodConnect:Fulfillment:";

    public ValidateOptionsResult Validate(string? name, FulfillmentOptions options)
    {
        var errors = new List<string>();
        NotNegative(errors, nameof(options.HoldWindow), options.HoldWindow);
        Positive(errors, nameof(options.PollInterval), options.PollInterval);
        NotNegative(errors, nameof(options.PollOverlap), options.PollOverlap);
        NotNegative(errors, nameof(options.InitialLookback), options.InitialLookback);
        Positive(errors, nameof(options.ProviderCheckInterval), options.ProviderCheckInterval);
        Positive(errors, nameof(options.HoldRecheckInterval), options.HoldRecheckInterval);
        Positive(errors, nameof(options.RetryDelay), options.RetryDelay);
        Positive(errors, nameof(options.LeaseDuration), options.LeaseDuration);
        Positive(errors, nameof(options.WebhookRetention), options.WebhookRetention);
        NotNegative(errors, nameof(options.LateRiskMargin), options.LateRiskMargin);
        NotNegative(errors, nameof(options.StockPollInterval), options.StockPollInterval);
        if (options.MaxRetryDelay < options.RetryDelay)
        {
            errors.Add($"{Section}{nameof(options.MaxRetryDelay)} ({options.MaxRetryDelay}) must be at least {nameof(options.RetryDelay)} ({options.RetryDelay}).");
        }

        if (options.MaxParallelism is < 1 or > 256)
        {
            errors.Add($"{Section}{nameof(options.MaxParallelism)} must be between 1 and 256, not {options.MaxParallelism}.");
        }

        foreach (var (carrier, id) in options.CarrierOverrides)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add($"{Section}{nameof(options.CarrierOverrides)}:{carrier} is empty; give the marketplace's carrier id.");
            }
        }

        foreach (var reason in options.CancelOnMarketplace.Keys)
        {
            if (reason is not (SurfaceReason.UnknownSku or SurfaceReason.NoProviderForAllItems or SurfaceReason.Unroutable or SurfaceReason.SplitAcrossProviders
                or SurfaceReason.MissingRecipient or SurfaceReason.ProviderRejected or SurfaceReason.ProviderFailed))
            {
                errors.Add($"{Section}{nameof(options.CancelOnMarketplace)}:{reason} cannot cancel on the marketplace: the order may be in production or shipped.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{Section}{setting} must be positive, not {value}.");
        }
    }

    private static void NotNegative(List<string> errors, string setting, TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            errors.Add($"{Section}{setting} must not be negative, not {value}.");
        }
    }
}
