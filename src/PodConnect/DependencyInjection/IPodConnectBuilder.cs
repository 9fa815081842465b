using Microsoft.Extensions.DependencyInjection;

namespace PodConnect.DependencyInjection;

/// <summary>
/// The fluent builder handed to <c>services.AddPodConnect(b => …)</c>. Marketplace and provider
/// packages add themselves to it with extension methods (<c>.AddTikTokShop(…)</c>, <c>.AddGelato(…)</c>),
/// so the hub never references a concrete provider.
/// </summary>
public interface IPodConnectBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }
}
