using Microsoft.Extensions.Options;
using PodConnect.Domain;

namespace PodConnect.Health;

/// <summary>Checks <see cref="ShopHealthOptions"/> at start-up; messages name the setting.</summary>
internal sealed class ShopHealthOptionsValidator : IValidateOptions<ShopHealthOptions>
{
    public ValidateOptionsResult Validate(string? name, ShopHealthOptions options)
    {
        var failures = new List<string>();
        if (!(options.NearShare > 0 && options.NearShare <= 1))
        {
            failures.Add($"PodConnect:Health:NearShare must be in (0, 1]; it is {options.NearShare}.");
        }

        if (!(options.RecoverShare > 0 && options.RecoverShare <= options.NearShare))
        {
            failures.Add($"PodConnect:Health:RecoverShare must be in (0, NearShare]; it is {options.RecoverShare}.");
        }

        if (options.NearHeadroom < 0 || options.RecoverHeadroom < 0)
        {
            failures.Add("PodConnect:Health:NearHeadroom and RecoverHeadroom must not be negative.");
        }

        if (options.SlackFirstMargin < TimeSpan.Zero || options.SlackFirstMargin > TimeSpan.FromDays(10))
        {
            failures.Add($"PodConnect:Health:SlackFirstMargin must be between 0 and 10 days; it is {options.SlackFirstMargin}.");
        }

        if (options.RefreshInterval < TimeSpan.Zero || options.MinimumRecompute < TimeSpan.Zero || options.RebuildAllowance < TimeSpan.Zero)
        {
            failures.Add("PodConnect:Health:RefreshInterval, MinimumRecompute and RebuildAllowance must not be negative.");
        }

        if (options.PruneInterval <= TimeSpan.Zero)
        {
            failures.Add($"PodConnect:Health:PruneInterval must be positive; it is {options.PruneInterval}.");
        }

        if (!CountryCode.TryParse(options.DefaultMarket, out _))
        {
            failures.Add($"PodConnect:Health:DefaultMarket must be an ISO 3166 country code such as GB; it is '{options.DefaultMarket}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
