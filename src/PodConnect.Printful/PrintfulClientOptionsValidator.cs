using Microsoft.Extensions.Options;

namespace PodConnect.Printful;

/// <summary>Validates <see cref="PrintfulClientOptions"/> at start-up; each failure names the setting.</summary>
internal sealed class PrintfulClientOptionsValidator : IValidateOptions<PrintfulClientOptions>
{
    public ValidateOptionsResult Validate(string? name, PrintfulClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AccessToken))
        {
            failures.Add("PrintfulClientOptions.AccessToken is required: create a private token at developers.printful.com (scope 'orders').");
        }

        if (options.BaseAddress is not { IsAbsoluteUri: true } address)
        {
            failures.Add("PrintfulClientOptions.BaseAddress must be an absolute URI.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
        {
            failures.Add($"PrintfulClientOptions.BaseAddress must use https (plain http only for a local fake); it is {address}.");
        }
        else if (!address.AbsolutePath.EndsWith('/'))
        {
            failures.Add($"PrintfulClientOptions.BaseAddress must end with '/'; it is {address}.");
        }

        if (options.StoreId is { } store && (store.Length == 0 || !store.All(char.IsAsciiDigit)))
        {
            failures.Add($"PrintfulClientOptions.StoreId must be a numeric store id (GET /stores lists them); it is '{store}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
