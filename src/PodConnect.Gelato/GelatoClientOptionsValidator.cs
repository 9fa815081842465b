using Microsoft.Extensions.Options;

namespace PodConnect.Gelato;

/// <summary>Validates <see cref="GelatoClientOptions"/> at start-up; each failure names the setting and says what to do.</summary>
internal sealed class GelatoClientOptionsValidator : IValidateOptions<GelatoClientOptions>
{
    public ValidateOptionsResult Validate(string? name, GelatoClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("GelatoClientOptions.ApiKey is required: create a key in Gelato's dashboard (Developer → API keys).");
        }

        CheckAddress(options.OrderApiBaseAddress, nameof(options.OrderApiBaseAddress), failures);
        CheckAddress(options.ShipmentApiBaseAddress, nameof(options.ShipmentApiBaseAddress), failures);
        if (string.IsNullOrWhiteSpace(options.WebhookSecretHeaderName))
        {
            failures.Add("GelatoClientOptions.WebhookSecretHeaderName must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckAddress(Uri? address, string setting, List<string> failures)
    {
        if (address is null || !address.IsAbsoluteUri)
        {
            failures.Add($"GelatoClientOptions.{setting} must be an absolute URI.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
        {
            failures.Add($"GelatoClientOptions.{setting} must use https (plain http is allowed only for a local fake); it is {address}.");
        }
        else if (!address.AbsolutePath.EndsWith('/'))
        {
            failures.Add($"GelatoClientOptions.{setting} must end with '/' so that relative paths append to it; it is {address}.");
        }
    }
}
