using PodConnect.Routing;

namespace PodConnect.DependencyInjection;

/// <summary>What the builder's <c>UseNetwork</c> and <c>Route</c> chose; read once when the loop starts.</summary>
internal sealed class FulfillmentSetup
{
    public Func<IServiceProvider, FacilityNetwork>? Network { get; set; }

    public Func<RoutingPolicyBuilder, RoutingPolicyBuilder> Policy { get; set; } =
        p => p.PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e);
}
