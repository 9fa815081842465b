namespace PodConnect.Routing;

/// <summary>One preference in a routing policy's ordered list; earlier ones weigh more, later ones break ties.</summary>
public enum RoutingCriterion
{
    /// <summary>Production in the buyer's country first.</summary>
    Local = 0,

    /// <summary>Lowest total cost (products plus shipping) first.</summary>
    Cost = 1,

    /// <summary>Lowest estimated CO2e first.</summary>
    Co2e = 2,

    /// <summary>Earliest predicted dispatch (most slack) first.</summary>
    Speed = 3,

    /// <summary>Earliest predicted delivery first.</summary>
    Delivery = 4,
}
