using Microsoft.Extensions.Options;
using PodConnect.Prodigi.Models;

namespace PodConnect.Prodigi;

/// <summary>Validates <see cref="ProdigiClientOptions"/> at start-up; each failure names the setting and says what to do.</summary>
internal sealed class ProdigiClientOptionsValidator : IValidateOptions<ProdigiClientOptions>
{
    private static readonly string[] Sizings = ["fillPrintArea", "fitPrintArea", "stretchToPrintArea"];

    public ValidateOptionsResult Validate(string? name, ProdigiClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"ProdigiClientOptions.ApiKey is required: copy the {options.Environment} key from Prodigi's dashboard (Settings → API); Sandbox and Live keys differ.");
        }

        if (!Enum.IsDefined(options.Environment))
        {
            failures.Add("ProdigiClientOptions.Environment must be Sandbox or Live.");
        }

        var address = options.BaseAddress;
        if (address is not null)
        {
            if (!address.IsAbsoluteUri)
            {
                failures.Add("ProdigiClientOptions.BaseAddress must be an absolute URI.");
            }
            else if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
            {
                failures.Add($"ProdigiClientOptions.BaseAddress must use https (plain http only for a local fake); it is {address}.");
            }
            else if (!address.AbsolutePath.EndsWith('/'))
            {
                failures.Add($"ProdigiClientOptions.BaseAddress must end with '/' so that relative paths append to it; it is {address}.");
            }
        }

        if (!new ProdigiShippingMethod(options.DefaultShippingMethod ?? string.Empty).IsKnown)
        {
            failures.Add($"ProdigiClientOptions.DefaultShippingMethod must be one of {string.Join(", ", ProdigiShippingMethod.Known)}.");
        }

        if (!Sizings.Contains(options.Sizing, StringComparer.Ordinal))
        {
            failures.Add($"ProdigiClientOptions.Sizing must be one of {string.Join(", ", Sizings)}.");
        }

        if (options.CallbackUrl is { } callback && (!callback.IsAbsoluteUri || (callback.Scheme != Uri.UriSchemeHttps && !callback.IsLoopback)))
        {
            failures.Add("ProdigiClientOptions.CallbackUrl must be an absolute https URI.");
        }

        if (string.IsNullOrWhiteSpace(options.CallbackSecretParameter))
        {
            failures.Add("ProdigiClientOptions.CallbackSecretParameter must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
