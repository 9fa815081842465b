using Microsoft.Extensions.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Testing.Common;
using PodConnect.Testing.Gelato;

namespace PodConnect.Gelato.Tests;

public sealed class GelatoResilienceOptOutTests
{
    private static async Task<int> ReadsAfterOne503(bool useDefaultResilience)
    {
        using var fake = FakeGelato.Start();
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddGelato(
            o =>
            {
                o.ApiKey = FakeGelato.DefaultApiKey;
                o.BaseAddress = fake.BaseAddress;
                o.ShipmentBaseAddress = fake.BaseAddress;
                o.ProductBaseAddress = fake.BaseAddress;
                o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(1);
                o.Resilience.MaxDelay = TimeSpan.FromMilliseconds(5);
            },
            useDefaultResilience));
        await using var provider = services.BuildServiceProvider();
        fake.Faults.Add(Fault.ServerError(503), "/v4/orders/", method: HttpMethod.Get);

        await Assert.ThrowsAnyAsync<PodConnectException>(() => provider.GetRequiredService<GelatoPodProvider>().GetOrderAsync("o-1"));
        return fake.Requests.Count;
    }

    [Fact]
    public async Task The_default_pipeline_retries_a_read_and_the_opt_out_leaves_it_to_your_own_handler()
    {
        Assert.Equal(2, await ReadsAfterOne503(useDefaultResilience: true)); // 503, then the retry's 404
        Assert.Equal(1, await ReadsAfterOne503(useDefaultResilience: false));
    }
}
