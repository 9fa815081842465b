using PodConnect.Http.Resilience;

namespace PodConnect.Providers;

/// <summary>
/// The settings every provider package shares, under one naming: <see cref="BaseAddress"/> (the API
/// host), <see cref="Resilience"/> (the provider's pipeline, bound from configuration like the rest) and
/// <see cref="AllowUnverifiedWebhooks"/>. A provider's options derive from it and add their credentials
/// and webhook secrets; <see cref="Validate()"/> runs at start-up and every message names the setting.
/// </summary>
public abstract class PodProviderOptions
{
    /// <summary>Creates the options with the provider's defaults.</summary>
    /// <param name="defaultBaseAddress">The production API host, ending in <c>/</c>.</param>
    /// <param name="defaultResilience">The provider's pipeline defaults (its documented rate limit…).</param>
    protected PodProviderOptions(Uri defaultBaseAddress, PodConnectResilienceOptions defaultResilience)
    {
        ArgumentNullException.ThrowIfNull(defaultBaseAddress);
        ArgumentNullException.ThrowIfNull(defaultResilience);
        BaseAddress = defaultBaseAddress;
        Resilience = defaultResilience;
    }

    /// <summary>The API host; relative paths append to it, so it ends with <c>/</c>. Tests point it at a fake.</summary>
    public Uri BaseAddress { get; set; }

    /// <summary>The provider's resilience pipeline (<c>podconnect-{name}</c>): rate limit, retries of safe calls, timeouts.</summary>
    public PodConnectResilienceOptions Resilience { get; set; }

    /// <summary>
    /// Accept webhooks without verification. Off by default: anyone who learns the URL could forge
    /// events. Only for local experiments.
    /// </summary>
    public bool AllowUnverifiedWebhooks { get; set; }

    /// <summary>Every problem with the settings, each naming the setting and saying what to do; empty when they are fine.</summary>
    public IReadOnlyList<string> Validate()
    {
        var failures = new List<string>();
        Validate(failures);
        return failures;
    }

    /// <summary>Adds the problems with the settings to <paramref name="failures"/>. Derived options call the base first.</summary>
    /// <param name="failures">Where problems go.</param>
    protected virtual void Validate(ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        CheckAddress(BaseAddress, nameof(BaseAddress), failures);
        if (Resilience is null)
        {
            failures.Add($"{SettingName(nameof(Resilience))} must not be null.");
        }
        else if (Resilience.Validate(SettingName(nameof(Resilience))) is { } problem)
        {
            failures.Add(problem);
        }
    }

    /// <summary>How a setting is named in messages: <c>GelatoClientOptions.ApiKey</c>.</summary>
    /// <param name="setting">The property name.</param>
    protected string SettingName(string setting) => $"{GetType().Name}.{setting}";

    /// <summary>Adds a failure unless <paramref name="value"/> has text.</summary>
    /// <param name="value">The setting's value.</param>
    /// <param name="setting">The property name.</param>
    /// <param name="howToGetIt">Where the user finds the value, e.g. "create a key in Gelato's dashboard".</param>
    /// <param name="failures">Where problems go.</param>
    protected void CheckRequired(string? value, string setting, string howToGetIt, ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{SettingName(setting)} is required: {howToGetIt}.");
        }
    }

    /// <summary>Adds a failure unless <paramref name="address"/> is absolute, https (or loopback http, for a fake) and ends with <c>/</c>.</summary>
    /// <param name="address">The setting's value.</param>
    /// <param name="setting">The property name.</param>
    /// <param name="failures">Where problems go.</param>
    protected void CheckAddress(Uri? address, string setting, ICollection<string> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (address is null || !address.IsAbsoluteUri)
        {
            failures.Add($"{SettingName(setting)} must be an absolute URI.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
        {
            failures.Add($"{SettingName(setting)} must use https (plain http is allowed only for a local fake); it is {address}.");
        }
        else if (!address.AbsolutePath.EndsWith('/'))
        {
            failures.Add($"{SettingName(setting)} must end with '/' so that relative paths append to it; it is {address}.");
        }
    }
}
