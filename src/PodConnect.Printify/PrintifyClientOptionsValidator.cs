using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace PodConnect.Printify;

/// <summary>Validates <see cref="PrintifyClientOptions"/> at start-up; each failure names the setting and says what to do.</summary>
internal sealed class PrintifyClientOptionsValidator : IValidateOptions<PrintifyClientOptions>
{
    public ValidateOptionsResult Validate(string? name, PrintifyClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AccessToken))
        {
            failures.Add("PrintifyClientOptions.AccessToken is required: generate a personal access token in Printify (My Profile → Connections) with orders.read and orders.write.");
        }

        if (string.IsNullOrWhiteSpace(options.ShopId) || !options.ShopId.All(char.IsAsciiDigit))
        {
            failures.Add("PrintifyClientOptions.ShopId is required and numeric: GET /v1/shops.json lists your shops; use an \"API\" store.");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent) || !ProductInfoHeaderValue.TryParse(options.UserAgent, out _))
        {
            failures.Add("PrintifyClientOptions.UserAgent is required by Printify and must be a valid User-Agent, e.g. \"MyShop/1.0\".");
        }

        var address = options.BaseAddress;
        if (address is null || !address.IsAbsoluteUri)
        {
            failures.Add("PrintifyClientOptions.BaseAddress must be an absolute URI.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
        {
            failures.Add($"PrintifyClientOptions.BaseAddress must use https (plain http only for a local fake); it is {address}.");
        }
        else if (!address.AbsolutePath.EndsWith('/'))
        {
            failures.Add($"PrintifyClientOptions.BaseAddress must end with '/'; it is {address}.");
        }

        if (options.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetter))
        {
            failures.Add("PrintifyClientOptions.Currency must be an ISO 4217 code, e.g. USD.");
        }

        if (options.ExternalIdLookupPages is < 1 or > 1000)
        {
            failures.Add("PrintifyClientOptions.ExternalIdLookupPages must be between 1 and 1000.");
        }

        if (options.MaxErrorRate is <= 0 or >= 1 || double.IsNaN(options.MaxErrorRate))
        {
            failures.Add("PrintifyClientOptions.MaxErrorRate must be between 0 and 1 (Printify's rule is 0.05).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
