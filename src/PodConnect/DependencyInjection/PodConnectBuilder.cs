using Microsoft.Extensions.DependencyInjection;

namespace PodConnect.DependencyInjection;

internal sealed class PodConnectBuilder(IServiceCollection services) : IPodConnectBuilder
{
    public IServiceCollection Services { get; } = services;
}
